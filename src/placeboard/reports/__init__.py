"""PDF packs with reportlab (meeting packs and ICB assurance packs): a later issue."""
