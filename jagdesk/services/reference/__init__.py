"""Reference data: partner agencies and their contacts (agencies), localities and their wards
(localities)."""
