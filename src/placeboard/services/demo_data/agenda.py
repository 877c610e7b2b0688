"""What the demo boards discuss: substantive agenda topics (from the seed papers and the
places' priorities) with their cover-sheet wording, minutes, resolutions and actions."""

from __future__ import annotations

from typing import NamedTuple


class Topic(NamedTuple):
    title: str  # {place}, {fy}, {quarter}, {priority}
    item_for: str
    outcome: str
    lead: str  # a seat key, or "sector:<sector>"
    topics: str  # words matched against members' declared interests
    summary: str
    resolutions: tuple[str, ...]  # past tense: "noted the ...", "approved the ..."
    impacts: str  # quality, equality, privacy, financial, risks: Y yes, N no, - n/a
    discussion: str
    action: str  # raised at the item ("" for none)


HIGHLIGHT = Topic(
    "Priority highlight report: {priority}",
    "assurance",
    "To receive assurance on progress against the priority, its milestones and RAG rating.",
    "dhci",
    "priorities",
    "The highlight report sets out progress on '{priority}' since the last meeting: the RAG "
    "rating with its key, the milestones mapped to the priority, the risks to delivery and a "
    "glossary of abbreviations, as the SEND sub-committee asked of highlight reports.",
    ("noted the progress and the current RAG rating",
     "agreed the actions to bring delayed milestones back on track"),
    "NNNNY",
    "Members welcomed the clearer milestone plan and asked that the measures of success be "
    "shown against the baseline in future reports. The lead confirmed the recovery actions "
    "for the delayed milestone.",
    "Circulate the revised milestone plan for '{priority}' to members",
)  # fmt: skip

PART_ONE: tuple[Topic, ...] = (
    Topic(
        "Place Integration Deal: stage readiness self-assessment",
        "decision",
        "To approve the self-assessment against the stage criteria for submission to the ICB.",
        "dhci",
        "governance",
        "The paper assesses the board against the criteria of the three stages of the Place "
        "Integration Deal (in development, in shadow, ready for delegation), with the evidence "
        "for each criterion met and a plan for those not yet met.",
        ("noted the self-assessment against the stage criteria",
         "approved the evidence for submission to the ICB Board",
         "agreed the actions and owners for the criteria not yet met"),
        "NNNN-",
        "Members discussed the criteria not yet met, in particular the scheme of delegation, and "
        "agreed that partners' own boards would be asked to confirm their delegations.",
        "Submit the self-assessment and evidence to the ICB Board secretary",
    ),
    Topic(
        "Better Care Fund: quarterly return {quarter}",
        "decision",
        "To approve the quarterly Better Care Fund return for submission.",
        "finance",
        "Better Care Fund,care sector,care at home",
        "The Better Care Fund return for {quarter} shows spend against plan, the metrics for "
        "avoidable admissions and discharge to usual place of residence, and the capacity and "
        "demand plan for intermediate care in {place}.",
        ("approved the quarterly return for submission to NHS England",
         "noted the forecast position for the year"),
        "NNNYY",
        "The finance lead explained the forecast underspend on disabled facilities grants. "
        "Members asked for the capacity and demand plan to be tested against winter demand.",
        "Confirm sign-off of the return with the council's section 151 officer",
    ),
    Topic(
        "Winter plan {fy}",
        "decision",
        "To approve the place's winter plan and the schemes funded through it.",
        "vice_chair",
        "urgent care,care homes,community services",
        "The winter plan brings together the partners' schemes for winter {fy}: additional "
        "urgent community response capacity, step-up beds, support to care homes and "
        "vaccination, with the expected effect on admissions and length of stay.",
        ("approved the winter plan",
         "noted the risks to delivery and their mitigations",
         "asked for a mobilisation report at the next meeting"),
        "YYNYY",
        "Members asked how the plan would reach people in the most deprived neighbourhoods and "
        "how the VCFSE sector would be funded to support discharge.",
        "Report mobilisation of the winter schemes at the next meeting",
    ),
    Topic(
        "Making Data Count: place metrics report",
        "assurance",
        "To receive assurance on the place's metrics, their variation and assurance.",
        "finance",
        "metrics",
        "The report shows the seven initial metrics of the Place Integration Deal as statistical "
        "process control charts, with the variation and assurance icons, the special causes "
        "seen since the last report and the actions behind them.",
        ("noted the metrics report and the special cause variation identified",
         "asked for the frailty measure to be shown by neighbourhood"),
        "NNNN-",
        "Members discussed the step change in the urgent community response measure after the "
        "new service started, and the rising trend in length of stay.",
        "Add the frailty care plan measure by neighbourhood to the next report",
    ),
    Topic(
        "Integrated neighbourhood teams: progress and next steps",
        "discussion",
        "To discuss progress on integrated neighbourhood teams and agree the next steps.",
        "sector:primary_care",
        "primary care,community services",
        "Integrated neighbourhood teams now cover most of {place}'s neighbourhoods of 30,000 to "
        "50,000 people, bringing together general practice, community nursing, social work and "
        "VCFSE partners around people with complex needs.",
        ("noted the progress of integrated neighbourhood teams",
         "endorsed the next steps, including the shared caseload pilot"),
        "YYYN-",
        "Members heard a case study from a neighbourhood team and discussed the information "
        "sharing needed to hold shared caseloads.",
        "Share the neighbourhood team case studies with partners' boards",
    ),
    Topic(
        "Healthwatch insight report: people's experience of leaving hospital",
        "information",
        "To receive Healthwatch's report on what people told them about discharge.",
        "sector:healthwatch",
        "engagement,discharge",
        "Healthwatch spoke with people discharged from hospital in {place} and their carers; "
        "most were positive about staff but many left without a clear plan or contact.",
        ("received the Healthwatch report",
         "asked partners to respond to its recommendations within three months"),
        "YYNN-",
        "Members thanked Healthwatch and agreed that the discharge working group would take "
        "the recommendations forward.",
        "",
    ),
    Topic(
        "Enhanced care at home: evaluation of the pilot",
        "decision",
        "To agree whether to extend the enhanced care at home pilot across the place.",
        "sector:nhs_trust",
        "community services,care at home",
        "The evaluation of the enhanced care at home pilot shows fewer admissions among people "
        "with frailty and good experience reported by patients and carers, at a cost per "
        "person below the equivalent hospital stay.",
        ("noted the evaluation of the pilot",
         "supported extending the service across the place, subject to funding",
         "asked for a business case for recurrent funding"),
        "YYNYY",
        "Members asked about the workforce needed for extension and the effect on the "
        "urgent community response service.",
        "Bring the business case for recurrent funding to the board",
    ),
    Topic(
        "Joint strategic needs assessment refresh: headline findings",
        "discussion",
        "To discuss the JSNA's headline findings and what they mean for the place's priorities.",
        "dph",
        "population health,children and young people",
        "The refreshed JSNA shows widening gaps in healthy life expectancy between the most and "
        "least deprived neighbourhoods of {place}, and rising need among children and young "
        "people.",
        ("noted the headline findings of the JSNA",
         "agreed to review the Phase 2 priorities in the light of the findings"),
        "-Y-N-",
        "Members discussed the findings on children and young people's mental health and the "
        "link to the place's focused interventions.",
        "Map the JSNA findings against the place's Phase 2 priorities",
    ),
    Topic(
        "Risk register review",
        "assurance",
        "To review the place risk register and receive assurance on the mitigations.",
        "secretary",
        "risk",
        "The register sets out each risk with its owning partner and the partners contributing "
        "to its mitigation, scored on the 5 x 5 matrix (initial, current and target).",
        ("noted the risk register and the changes since the last meeting",
         "agreed to close the risk whose target score has been reached"),
        "NNNNY",
        "Members challenged the current score of the workforce risk and asked for the "
        "mitigations to include the joint recruitment campaign.",
        "Update the workforce risk mitigations with the joint recruitment campaign",
    ),
    Topic(
        "Terms of reference annual review",
        "decision",
        "To approve the revised terms of reference for approval by every partner.",
        "secretary",
        "governance",
        "The annual review proposes changes to membership, the quorum and the delegated "
        "authority sections; the revised version goes to each partner for approval.",
        ("approved the revised terms of reference",
         "asked each partner organisation to confirm its approval"),
        "NNNN-",
        "Members agreed that a quorum must include a member from the ICB and from the council.",
        "Send the revised terms of reference to every partner for approval",
    ),
    Topic(
        "VCFSE sector: sustainability and grant funding",
        "discussion",
        "To discuss the sustainability of the VCFSE organisations the place relies on.",
        "sector:vcfse",
        "VCFSE,social prescribing,carers",
        "Short-term grants leave VCFSE partners unable to plan or keep staff; the paper "
        "proposes three-year grant agreements for services the place relies on.",
        ("noted the pressures on the VCFSE sector",
         "supported the principle of three-year grant agreements"),
        "NYNY-",
        "Members agreed the principle and asked commissioners to identify the services "
        "concerned.",
        "Identify the VCFSE services suitable for three-year agreements",
    ),
)  # fmt: skip

PART_TWO: tuple[Topic, ...] = (
    Topic(
        "Community equipment service: contract award",
        "decision",
        "To approve the award of the community equipment service contract.",
        "finance",
        "community services,contracts",
        "The procurement of the community equipment service has concluded; the paper "
        "recommends the preferred bidder. Commercially sensitive until the standstill period "
        "ends.",
        ("approved the award of the contract to the preferred bidder",
         "noted that the decision will be published when the standstill period ends"),
        "YNNYY",
        "Members asked about mobilisation risks and the continuity of equipment for people at "
        "home.",
        "",
    ),
    Topic(
        "Place savings proposals {fy}",
        "decision",
        "To agree the place's savings proposals for the financial recovery plan.",
        "finance",
        "finance",
        "Confidential proposals for savings in {fy} in line with the ICB financial recovery "
        "plan, with their quality and equality impact assessments.",
        ("agreed the savings proposals for consultation with partners",
         "asked for the equality impact assessments to be completed before implementation"),
        "YYNYY",
        "Members discussed the effect of the proposals on VCFSE partners and on carers.",
        "Complete the equality impact assessments for the savings proposals",
    ),
    Topic(
        "Care home provider of concern",
        "discussion",
        "To discuss the support offered to a care home provider of concern.",
        "dph",
        "care homes,care sector",
        "A care home provider in {place} is under enhanced monitoring; the paper sets out the "
        "joint support and contingency plans. Commercially sensitive.",
        ("noted the position and the joint support plan",
         "agreed the contingency arrangements for residents"),
        "YNYN-",
        "Members agreed the contingency plan and asked for an update at the next meeting.",
        "",
    ),
    Topic(
        "Community wellness centre: heads of terms for the lease",
        "decision",
        "To approve the heads of terms for the lease of the community wellness centre.",
        "dhci",
        "estates",
        "The heads of terms for the lease of the community wellness centre, including rent and "
        "the partners' shares of the running costs. Commercially sensitive.",
        ("approved the heads of terms",
         "delegated final agreement to the DHCI with the council's director of resources"),
        "NNNYY",
        "Members asked how the cost would be shared if a partner withdrew.",
        "",
    ),
)  # fmt: skip

PURPOSES: dict[str, str] = {
    "decision": "For decision: the Board is asked to approve the recommendations below.",
    "action": "For action: the Board is asked to agree the actions below.",
    "assurance": "For assurance: the Board is asked to take assurance from the report.",
    "discussion": "For discussion: the Board is asked to discuss the paper and agree next steps.",
    "information": "For information: the Board is asked to note the report.",
}

# Comment on each "yes" in the cover sheet's implications table.
IMPACT_COMMENTS: tuple[str, ...] = (
    "Quality impact assessment completed; no adverse impact on quality identified.",
    "Equality impact assessment completed; positive impact for older and disabled people.",
    "Data protection impact assessment completed for the information shared.",
    "Costs are met within the partners' existing allocations for the year.",
    "Associated risks are on the place risk register.",
)

# Recommendations are resolutions in the present tense: "noted" -> "note".
VERBS: dict[str, str] = {
    "noted": "note", "approved": "approve", "agreed": "agree", "asked": "ask",
    "endorsed": "endorse", "supported": "support", "received": "receive",
    "delegated": "delegate",
}  # fmt: skip

ROMAN = ("i", "ii", "iii", "iv", "v", "vi")


def recommendations(resolutions: tuple[str, ...]) -> str:
    lines = []
    for n, text in enumerate(resolutions):
        verb, _, rest = text.partition(" ")
        lines.append(f"({ROMAN[n]}) {VERBS.get(verb, verb)} {rest}")
    return "The Board is asked to:\n" + ";\n".join(lines) + "."
