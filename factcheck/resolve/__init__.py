"""Resolution: seats, parties, people and elections a text names; the readings of a claim."""
