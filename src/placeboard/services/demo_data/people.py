"""Fictional people on each board: seats (memberships) with deputies, and their
declarations of interest. Names are obviously invented; some carry accents so that
screens and packs show they print whole."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import product

from placeboard.domain.catalogue import ICB, ORGANISATIONS_BY_NAME, Place

from .dates import add_months

FIRST_NAMES = (
    "Avery",
    "Priya",
    "Zoë",
    "Łukasz",
    "Siân",
    "Renée",
    "Björn",
    "Ngozi",
    "José",
    "Chloé",
    "Małgorzata",
    "Seán",
    "Aoife",
    "Dafydd",
    "Amara",
    "Bethan",
    "Callum",
    "Deepa",
    "Eilidh",
    "Farah",
    "Gareth",
    "Hannah",
    "Imran",
    "Jasmine",
    "Kwame",
    "Leah",
    "Mohammed",
    "Niamh",
    "Olusegun",
    "Patrick",
    "Rhiannon",
    "Samir",
    "Tomasz",
    "Usha",
    "Vikram",
    "Wendy",
    "Xavier",
    "Yasmin",
    "Zainab",
    "Aled",
    "Bronwen",
    "Chidi",
    "Declan",
    "Esther",
    "Fatima",
    "Gwen",
    "Harjit",
    "Inès",
)
SURNAMES = (
    "Testwood",
    "Examplewala",
    "Sampleton",
    "Demoford",
    "Mockridge",
    "Placeholder",
    "Dummyworth",
    "Pretendleton",
    "Trialby",
    "Fixtureby",
    "Stubworth",
    "Specimen",
    "Proxley",
    "Mockington",
    "Samplewell",
    "Testerton",
    "Exampleby",
    "Fictionhurst",
    "Madeupworth",
    "Notrealle",
    "Imaginson",
    "Hypothwaite",
    "Trialworth",
    "Demoson",
    "Draftley",
    "Pilotson",
    "Prototon",
    "Seedwell",
    "Modelby",
    "Scenariott",
    "Lorembury",
    "Ipsumley",
    "Dolorsworth",
    "Ametby",
    "Muster-Smith",
    "Ó Samplóir",
    "Beispielsson",
    "Exemplé",
    "Àpẹẹrẹ",
    "Enghraifft",
    "Ejemplo-Ruiz",
    "Przykładowy",
)

# Chair, vice chair and Director of Health and Care Integration of each board.
LEADERS: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "Blackburn with Darwen": (
        ("Councillor", "Avery Testwood"), ("Dr", "Priya Examplewala"), ("", "Zoë Ní Bhriain"),
    ),
    "Blackpool": (
        ("Councillor", "Łukasz Przykładowy"), ("Dr", "Ngozi Àpẹẹrẹ"), ("", "Seán Ó Samplóir"),
    ),
    "Lancashire": (
        ("County Councillor", "Siân Enghraifft"), ("Professor", "Björn Beispielsson"),
        ("", "Chloé Exemplé-Martin"),
    ),
    "South Cumbria": (
        ("Councillor", "Małgorzata Testowa"), ("Dr", "José Ejemplo-Ruiz"),
        ("", "Dafydd Sampleton"),
    ),
}  # fmt: skip

# Member's and deputy's job titles, and the member's title, by sector.
SECTOR_JOBS: dict[str, tuple[str, str, str]] = {
    "icb": ("Director of Health and Care Integration", "Associate Director of Place", ""),
    "nhs_trust": ("Director of Integrated Care", "Deputy Chief Operating Officer", ""),
    "primary_care": ("PCN Clinical Director", "PCN Operations Manager", "Dr"),
    "unitary_council": (
        "Executive Member for Adult Social Care and Health",
        "Director of Adult Social Services",
        "Councillor",
    ),
    "upper_tier_council": (
        "Cabinet Member for Health and Adult Services",
        "Executive Director of Adult Services and Health and Wellbeing",
        "County Councillor",
    ),
    "district_council": (
        "Leader of the Council (Lancashire Leaders Group)",
        "Chief Executive, district councils",
        "Councillor",
    ),
    "vcfse": ("Chief Executive, VCFSE Alliance", "VCFSE Alliance Development Manager", ""),
    "healthwatch": ("Chief Officer", "Engagement and Insight Lead", ""),
    "hospice": ("Director of Clinical Services", "Head of Community Palliative Care", ""),
    "emergency_services": (
        "Area Manager, Prevention and Protection",
        "Station Manager, Community Safety",
        "",
    ),
    "housing": ("Director of Housing and Communities", "Tenancy Sustainment Manager", ""),
}

# Non-voting seats: (key, organisation ("icb" or "council"), role, title, job title).
OTHER_SEATS: tuple[tuple[str, str, str, str, str], ...] = (
    ("observer", "icb", "observer", "", "Non-Executive Member, ICB Board"),
    ("dph", "council", "in_attendance", "Dr", "Director of Public Health"),
    ("secretary", "icb", "in_attendance", "", "Head of Governance and Board Secretary"),
    ("finance", "icb", "in_attendance", "", "Head of Finance (Place)"),
)

# Where each board falls short, so that later checks have something to find.
GAPS: dict[str, tuple[str, str]] = {
    "Blackpool": ("Blackpool housing providers", "no_deputy"),
    "Lancashire": ("Lancashire district councils (Lancashire Leaders Group)", "vacant"),
    "South Cumbria": ("Cumbria Fire and Rescue Service", "observer_only"),
}

# Declarations of interest: (type, description, topics, private). {place}, {trust}.
INTERESTS: tuple[tuple[str, str, str, bool], ...] = (
    ("financial", "Partner in a GP practice in {place} that belongs to a primary care network.",
     "primary care", False),
    ("financial", "Holds shares (under 5%) in a home care company operating in the North West.",
     "care at home,care sector", False),
    ("financial", "Paid clinical sessions for a GP federation providing extended access in "
     "{place}.", "primary care,urgent care", False),
    ("financial", "Director of a social enterprise that holds a social prescribing contract.",
     "VCFSE,social prescribing", False),
    ("non_financial_professional", "Trustee (unpaid) of a {place} carers' charity that "
     "receives grant funding from partner organisations.", "VCFSE,carers", False),
    ("non_financial_professional", "Board member of a housing association with homes in "
     "{place}.", "housing", False),
    ("non_financial_professional", "Governor of a local secondary school.",
     "children and young people", False),
    ("non_financial_personal", "Volunteer driver for a community transport scheme in {place}.",
     "community services", False),
    ("non_financial_personal", "Member of a patient participation group at their own GP "
     "practice.", "primary care", False),
    ("indirect", "Close family member is the registered manager of a care home in {place}.",
     "care homes,care sector", True),
    ("indirect", "Spouse works for {trust} in the community nursing service.",
     "community services", True),
    ("indirect", "Adult child is employed by a hospice in Lancashire and South Cumbria.",
     "hospices,end of life care", False),
)  # fmt: skip

TERM_MONTHS_LARGE = 8  # predecessors' terms at the large scale
NIL = "Nil return: no interests to declare."
FORMER_CHAIR_MONTHS = 48


@dataclass(frozen=True)
class PersonSpec:
    title: str
    name: str
    job_title: str

    @property
    def email(self) -> str:
        plain = self.name.replace("Ł", "L").replace("ł", "l")
        ascii_name = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
        first, _, last = ascii_name.lower().partition(" ")
        return f"{first}.{last.replace(' ', '').replace('-', '')}@example.org"

    @property
    def label(self) -> str:
        """As an agenda's Lead column prints it: name and job title."""
        who = f"{self.title} {self.name}".strip()
        return f"{who}, {self.job_title}" if self.job_title else who


@dataclass(frozen=True)
class SeatSpec:
    """One membership: a person sitting for a partner in a role, with a named deputy."""

    key: str  # the seat, shared by a member and the predecessors they replaced
    person: PersonSpec
    organisation: str
    role: str
    voting: bool
    start: date
    end: date | None = None
    deputy: PersonSpec | None = None
    notes: str = ""

    def current_on(self, on: date) -> bool:
        return self.start <= on and (self.end is None or self.end >= on)


@dataclass(frozen=True)
class DeclarationSpec:
    person: str  # the person's name
    kind: str
    description: str
    declared_on: date
    reviewed_on: date | None
    is_nil: bool = False
    private: bool = False
    topics: str = ""


@dataclass
class NamePool:
    """Unique invented names: each place draws from its own slice of one shuffled list."""

    place_index: int
    taken: int = 0
    names: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        every = list(product(FIRST_NAMES, SURNAMES))
        random.Random("placeboard-demo-names").shuffle(every)
        share = len(every) // 4
        reserved = {n for trio in LEADERS.values() for _, n in trio}
        self.names = [
            pair
            for pair in every[self.place_index * share : (self.place_index + 1) * share]
            if " ".join(pair) not in reserved
        ]

    def person(self, title: str, job_title: str) -> PersonSpec:
        first, last = self.names[self.taken]
        self.taken += 1
        return PersonSpec(title, f"{first} {last}", job_title)


def _council_title(place: Place) -> str:
    return SECTOR_JOBS[ORGANISATIONS_BY_NAME[place.council].sector][2]


def _core_seats(
    place: Place, partners: Sequence[str], today: date, pool: NamePool
) -> list[SeatSpec]:
    chair, vice, dhci = LEADERS[place.name]
    council_sector = ORGANISATIONS_BY_NAME[place.council].sector
    trust = next(p for p in partners if ORGANISATIONS_BY_NAME[p].sector == "nhs_trust")
    councillor = _council_title(place)
    seats = [
        SeatSpec(
            "chair",
            PersonSpec(*chair, SECTOR_JOBS[council_sector][0]),
            place.council,
            "chair",
            True,
            add_months(today, -20),
            deputy=pool.person(councillor, "Deputy " + SECTOR_JOBS[council_sector][0]),
        ),
        SeatSpec(
            "vice_chair",
            PersonSpec(*vice, "Director of Integrated Care and Partnerships"),
            trust,
            "vice_chair",
            True,
            add_months(today, -30),
            deputy=pool.person("", SECTOR_JOBS["nhs_trust"][1]),
        ),
        SeatSpec(
            "dhci",
            PersonSpec(*dhci, f"Director of Health and Care Integration ({place.name})"),
            ICB.name,
            "dhci",
            True,
            add_months(today, -32),
            deputy=pool.person("", SECTOR_JOBS["icb"][1]),
        ),
    ]
    gap_org, gap = GAPS.get(place.name, ("", ""))
    for n, org in enumerate(p for p in partners if p not in (place.council, trust, ICB.name)):
        member_job, deputy_job, title = SECTOR_JOBS[ORGANISATIONS_BY_NAME[org].sector]
        start = add_months(today, -(22 + 3 * (n % 5)))
        person = pool.person(title, member_job)
        deputy = pool.person("", deputy_job)
        if org == gap_org and gap == "no_deputy":
            seats.append(SeatSpec(f"member:{org}", person, org, "member", True, start))
        elif org == gap_org and gap == "vacant":
            seats.append(
                SeatSpec(
                    f"member:{org}",
                    person,
                    org,
                    "member",
                    True,
                    start,
                    end=add_months(today, -2),
                    deputy=deputy,
                    notes="Stood down; the partner is nominating a replacement.",
                )
            )
        elif org == gap_org and gap == "observer_only":
            seats.append(
                SeatSpec(
                    f"member:{org}",
                    person,
                    org,
                    "observer",
                    False,
                    start,
                    notes="Attends as an observer until the partner confirms a voting member.",
                )
            )
        else:
            seats.append(
                SeatSpec(f"member:{org}", person, org, "member", True, start, None, deputy)
            )
    for key, where, role, title, job in OTHER_SEATS:
        org = ICB.name if where == "icb" else place.council
        seats.append(
            SeatSpec(key, pool.person(title, job), org, role, False, add_months(today, -26))
        )
    return seats


def _predecessors(seat: SeatSpec, count: int, months: int, pool: NamePool) -> list[SeatSpec]:
    """Earlier holders of a seat, each for `months`, ending the day before the next began."""
    found = []
    successor_start = seat.start
    for _ in range(count):
        start = add_months(successor_start, -months)
        found.append(
            SeatSpec(
                seat.key,
                pool.person(seat.person.title, seat.person.job_title),
                seat.organisation,
                seat.role,
                seat.voting,
                start,
                successor_start - timedelta(days=1),
                pool.person("", seat.deputy.job_title) if seat.deputy else None,
            )
        )
        successor_start = start
    return found


def board_seats(
    place: Place, place_index: int, partners: Sequence[str], today: date, scale: int
) -> list[SeatSpec]:
    """Every membership of a board, current and past, oldest seats last."""
    pool = NamePool(place_index)
    seats = _core_seats(place, partners, today, pool)
    if scale == 1:
        return seats + _predecessors(seats[0], 1, FORMER_CHAIR_MONTHS, pool)
    earlier = [p for s in seats for p in _predecessors(s, scale - 1, TERM_MONTHS_LARGE, pool)]
    return seats + earlier


def current_seats(seats: Sequence[SeatSpec], on: date) -> dict[str, SeatSpec]:
    """Seat key -> the seat's holder on a date."""
    return {s.key: s for s in seats if s.current_on(on)}


def _declaration(
    person: PersonSpec, start: date, end: date | None, place: Place, trust: str, today: date
) -> list[DeclarationSpec]:
    rng = random.Random(f"declarations|{place.name}|{person.name}")
    declared = start + timedelta(days=rng.randint(0, 20))
    last = min(end or today, today)
    months_back = rng.choice((1, 2, 3, 5, 7, 9, 10, 11, 15, 19))  # 15, 19: overdue
    reviewed: date | None = add_months(last, -months_back)
    if reviewed is not None and reviewed <= declared:
        reviewed = None
    if rng.random() < 0.3:
        return [DeclarationSpec(person.name, "financial", NIL, declared, reviewed, is_nil=True)]
    picks = rng.sample(INTERESTS, rng.choice((1, 1, 2)))
    return [
        DeclarationSpec(
            person.name,
            kind,
            text.format(place=place.name, trust=trust),
            declared,
            reviewed,
            private=private,
            topics=topics,
        )
        for kind, text, topics, private in picks
    ]


def declarations(
    seats: Sequence[SeatSpec], place: Place, partners: Sequence[str], today: date
) -> list[DeclarationSpec]:
    """The register: one or two interests, or a nil declaration, for each member and deputy."""
    trust = next(p for p in partners if ORGANISATIONS_BY_NAME[p].sector == "nhs_trust")
    found = []
    for seat in seats:
        found += _declaration(seat.person, seat.start, seat.end, place, trust, today)
        if seat.deputy is not None:
            found += _declaration(seat.deputy, seat.start, seat.end, place, trust, today)
    return found
