"""Reading police.uk CSV files row by row: the real files, every quirk of the format, broken rows."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from jagdesk.errors import JagdeskError
from jagdesk.importers.policeuk import (
    KEPT_REJECTIONS,
    OUTCOMES,
    STREET,
    NotPoliceUkError,
    PoliceUkFile,
    Rejection,
)

STREET_HEADER = ("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
                 "LSOA name,Crime type,Last outcome category,Context")
OUTCOMES_HEADER = ("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
                   "LSOA name,Outcome type")
CRIME_ID = "3213248c757541c6929959150b619ef987ae1c4b43d2ed6af9e1c460f5f754ac"
FORCE = "Hertfordshire Constabulary,Hertfordshire Constabulary"


def street_row(month: str = "2021-01", lon: str = "-0.273490", lat: str = "51.657306",
               crime_id: str = CRIME_ID, crime_type: str = "Burglary") -> str:
    return (f"{crime_id},{month},{FORCE},{lon},{lat},On or near Furzehill Road,E01023683,"
            f"Hertsmere 009A,{crime_type},Under investigation,")


def read_all(path: Path) -> tuple[PoliceUkFile, list[tuple[int, list[str], object]]]:
    with PoliceUkFile(path) as source:
        rows = list(source.rows())
    return source, rows


def write(tmp_path: Path, text: str, name: str = "2021-01-test-street.csv",
          encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_real_street_file(shared_data: Path) -> None:
    path = shared_data / "policeuk/2021-01-hertfordshire-street.csv"
    source, rows = read_all(path)
    assert (source.kind, source.month, source.force) == (STREET, "2021-01", "Hertfordshire Constabulary")
    assert (len(rows), source.rejected, source.no_location) == (6914, 0, 68)
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert source.bytes_read == path.stat().st_size
    line, fields, point = rows[0]
    assert line == 2 and fields[0] == CRIME_ID and point == (-0.667245, 51.817719)
    asb = [fields for _line, fields, _point in rows if fields[9] == "Anti-social behaviour"]
    assert asb and all(fields[0] == "" for fields in asb)
    no_location = [(fields[6], point) for _line, fields, point in rows if point is None]
    assert set(no_location) == {("No Location", None)}
    assert rows[-1][0] == 6915


def test_real_outcomes_file(shared_data: Path) -> None:
    source, rows = read_all(shared_data / "policeuk/2021-01-hertfordshire-outcomes.csv")
    assert (source.kind, source.month, len(rows), source.rejected) == (OUTCOMES, "2021-01", 7203, 0)
    assert source.no_location == 79
    assert {fields[6] for _l, fields, point in rows if point is None} == {"No location"}
    assert rows[0][1][9] == "Investigation complete; no suspect identified"


def test_crlf_bom_quotes_and_no_final_newline_read_the_same(tmp_path: Path,
                                                             shared_data: Path) -> None:
    lines = (shared_data / "policeuk/2021-02-hertfordshire-street.csv").read_text("utf-8").splitlines()
    plain = write(tmp_path, "\n".join(lines[:300]) + "\n", "plain.csv")
    # Every field quoted, CRLF line ends, a byte order mark, and no newline after the last row.
    quoted = "\r\n".join(",".join(f'"{field}"' for field in line.split(",")) for line in lines[:300])
    awkward = write(tmp_path, "\ufeff" + quoted, "awkward.csv")
    first, expected = read_all(plain)
    second, got = read_all(awkward)
    assert got == expected and len(got) == 299
    assert (second.kind, second.month, second.rejected) == (first.kind, first.month, 0)


def test_quoted_commas_and_a_field_across_two_lines(tmp_path: Path) -> None:
    text = "\n".join([
        STREET_HEADER,
        street_row(),
        f'{CRIME_ID[:-1]}1,2021-01,{FORCE},-0.27,51.65,"On or near High Street, Elstree",E01,'
        'Hertsmere 001A,Burglary,"Under\ninvestigation",',
        street_row(crime_id=""),
    ])
    source, rows = read_all(write(tmp_path, text))
    assert [line for line, _f, _p in rows] == [2, 3, 5]
    assert rows[1][1][6] == "On or near High Street, Elstree"
    assert rows[1][1][10] == "Under\ninvestigation"
    assert source.rejected == 0


def test_bad_rows_are_rejected_with_line_and_reason(tmp_path: Path) -> None:
    text = "\n".join([
        STREET_HEADER,
        street_row(),                                  # 2 good
        "abc,2021-01,Hertfordshire Constabulary",      # 3 too few fields
        street_row(month="Jan 2021"),                  # 4 bad month
        street_row(month="2021-13"),                   # 5 bad month
        street_row(month="2021-02"),                   # 6 another month
        street_row(lon="west", lat="51.6"),            # 7 bad coordinate
        street_row(lon="", lat="51.6"),                # 8 half a coordinate
        street_row(lon="151.2", lat="-33.8"),          # 9 not in the UK
        street_row(lon="nan", lat="nan"),              # 10
        street_row() + ",extra",                       # 11 too many fields
        street_row(crime_type="x" * 81),               # 12 longer than the store takes
        "",                                            # 13 a blank line: no row at all
        street_row(crime_id="", lon="", lat=""),       # 14 good, no location
    ])
    source, rows = read_all(write(tmp_path, text))
    assert [line for line, _f, _p in rows] == [2, 14]
    assert rows[1][2] is None and source.no_location == 1
    assert source.rejections == [
        Rejection(3, "too few fields (3 of 12)"),
        Rejection(4, "bad month 'Jan 2021' (YYYY-MM expected)"),
        Rejection(5, "bad month '2021-13' (YYYY-MM expected)"),
        Rejection(6, "the month 2021-02 is not the file's month 2021-01"),
        Rejection(7, "bad coordinate (west, 51.6)"),
        Rejection(8, "bad coordinate (blank, 51.6)"),
        Rejection(9, "bad coordinate (151.2, -33.8) outside the United Kingdom"),
        Rejection(10, "bad coordinate (nan, nan) outside the United Kingdom"),
        Rejection(11, "too many fields (13 of 12)"),
        Rejection(12, "the Crime type is longer than 80 characters"),
    ]
    assert source.rejected == 10
    assert str(source.rejections[0]) == "line 3: too few fields (3 of 12)"


def test_a_file_cut_off_mid_row(tmp_path: Path, shared_data: Path) -> None:
    whole = (shared_data / "policeuk/2021-01-hertfordshire-street.csv").read_bytes()
    cut = whole[: whole.index(b"\n", 50_000) + 100]  # a line end, then 100 bytes of the next row
    path = tmp_path / "cut.csv"
    path.write_bytes(cut)
    source, rows = read_all(path)
    last_line = cut.count(b"\n") + 1
    fields = cut.rsplit(b"\n", 1)[1].count(b",") + 1
    assert 1 < fields < 12
    assert rows[-1][0] == last_line - 1 and len(rows) == last_line - 2
    assert source.rejections == [Rejection(last_line, f"too few fields ({fields} of 12)")]


def test_a_file_cut_off_inside_quotes(tmp_path: Path) -> None:
    text = STREET_HEADER + "\n" + street_row() + '\n"' + CRIME_ID + '","2021-01","Hertfo'
    source, rows = read_all(write(tmp_path, text))
    assert len(rows) == 1
    assert source.rejections == [Rejection(3, "too few fields (3 of 12)")]


def test_the_files_month_is_the_first_good_rows(tmp_path: Path) -> None:
    text = "\n".join([STREET_HEADER, street_row(month="2021"), street_row(month="2021-03"),
                      street_row(month="2021-01")])
    source, rows = read_all(write(tmp_path, text))
    assert source.month == "2021-03" and [line for line, _f, _p in rows] == [3]
    assert [r.line for r in source.rejections] == [2, 4]


def test_outcome_rows_need_a_crime_id(tmp_path: Path) -> None:
    text = "\n".join([
        OUTCOMES_HEADER,
        f"{CRIME_ID},2021-01,{FORCE},-0.27,51.65,On or near X,E01,H 1A,Suspect charged",
        f",2021-01,{FORCE},-0.27,51.65,On or near X,E01,H 1A,Suspect charged",
    ])
    source, rows = read_all(write(tmp_path, text, "outcomes.csv"))
    assert source.kind == OUTCOMES and len(rows) == 1
    assert source.rejections == [Rejection(3, "no Crime ID")]


def test_only_the_first_rejections_are_kept_but_all_are_counted(tmp_path: Path) -> None:
    text = "\n".join([STREET_HEADER, street_row(), *["nonsense"] * 50])
    source, rows = read_all(write(tmp_path, text))
    assert len(rows) == 1 and source.rejected == 50
    assert len(source.rejections) == KEPT_REJECTIONS
    assert source.rejections[-1].line == 2 + KEPT_REJECTIONS


@pytest.mark.parametrize(("content", "what"), [
    (b"", "it is empty"),
    (b"Ward,Code\nElstree,E05004756\n", "it does not start with the police.uk column header"),
    (b'{"type": "FeatureCollection", "features": []}', "it does not start with the police.uk "
                                                         "column header"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "it does not start with the police.uk "
                                                     "column header"),
    (STREET_HEADER.replace(",Context", "").encode(), "it does not start with the police.uk "
                                                     "column header"),
])
def test_not_a_police_uk_file(tmp_path: Path, content: bytes, what: str) -> None:
    path = tmp_path / "download.csv"
    path.write_bytes(content)
    with pytest.raises(NotPoliceUkError) as refused:
        PoliceUkFile(path)
    assert str(refused.value) == (f"download.csv is not a police.uk street or outcomes file: {what}; "
                                  "nothing was imported from it.")


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(JagdeskError) as refused:
        PoliceUkFile(tmp_path / "nowhere.csv")
    assert str(refused.value) == f"There is no file at {tmp_path / 'nowhere.csv'}."


def test_a_damaged_byte_spoils_one_field_not_the_file(tmp_path: Path) -> None:
    good = street_row().encode()
    path = tmp_path / "damaged.csv"
    path.write_bytes(STREET_HEADER.encode() + b"\n" + good.replace(b"Furzehill", b"Furz\xffhill")
                     + b"\n" + good + b"\n")
    source, rows = read_all(path)
    assert len(rows) == 2 and source.rejected == 0
    assert rows[0][1][6] == "On or near Furz\ufffdhill Road"


def test_plain_and_awkward_stretches_of_a_long_file_read_as_the_csv_module_reads_them(
        tmp_path: Path, shared_data: Path) -> None:
    # Plain chunks are split without the csv module: rows, line numbers and rejections must be
    # those of the csv module, wherever quotes, blank lines or control characters fall.
    lines = (shared_data / "policeuk/2021-01-hertfordshire-street.csv").read_text("utf-8").splitlines()
    body = lines[1:3001]
    quoted = street_row().rsplit(",", 1)[0] + ',"' + "x\n" * 60_000 + '"'  # ~120k characters
    for at, text in ((2900, quoted), (2000, street_row().replace("Furze", "Furze\x1c")), (1500, ""),
                     (1000, street_row().replace("Road", "Road\t")), (600, quoted),
                     (10, street_row(month="2021-02"))):
        body.insert(at, text)
    path = write(tmp_path, "\r\n".join([lines[0], *body]) + "\r\n")
    expected, rejected, last = [], [], 1
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        for fields in reader:
            line, last = last + 1, reader.line_num
            if fields and (fields[1] != "2021-01" or "\x1c" in fields[6]):
                rejected.append(line)
            elif fields:
                point = (float(fields[4]), float(fields[5])) if fields[4] else None
                expected.append((line, tuple(fields), point))
    source, rows = read_all(path)
    assert rows == expected and len(rows) == 3003 and rows[-1][0] == last
    assert [r.line for r in source.rejections] == rejected and len(rejected) == 2
    assert "control character (U+001C)" in source.rejections[1].reason


def test_chunks_read_in_columns_give_the_rows_the_row_by_row_reading_gives(
        tmp_path: Path, shared_data: Path) -> None:
    lines = (shared_data / "policeuk/2021-02-hertfordshire-street.csv").read_text("utf-8").splitlines()
    # Several chunks; bad rows (long field, another month, a coordinate abroad, half a
    # coordinate, too few fields) in some of them and none in others.
    body = lines[1:4001]
    body[1500] = body[1500].replace(",E0", "," + "E" * 21, 1)
    body[2600] = body[2600].replace("2021-02", "2021-03", 1)
    body[2601] = street_row(month="2021-02", lon="151.2", lat="-33.8")
    body[2602] = street_row(month="2021-02", lon="", lat="51.6")
    body[3900] = "abc,2021-02"
    plain = write(tmp_path, "\n".join([lines[0], *body]) + "\n", "plain.csv")
    # Every field quoted: no chunk is plain, so every row is read one by one.
    quoted = write(tmp_path, "\n".join(",".join(f'"{field}"' for field in line.split(","))
                                       for line in [lines[0], *body]) + "\n", "quoted.csv")
    with PoliceUkFile(plain) as source:
        parts = list(source.blocks(1000))
    assert any(isinstance(part, list) for part in parts)
    assert sum(not isinstance(part, list) for part in parts) >= 3
    first, by_blocks = read_all(plain)
    second, by_rows = read_all(quoted)
    assert by_blocks == by_rows and len(by_rows) == 4000 - 5
    assert [(r.line, r.reason.split(" ")[1]) for r in first.rejections] == [
        (1502, "LSOA"), (2602, "month"), (2603, "coordinate"), (2604, "coordinate"), (3902, "few")]
    assert first.rejections == second.rejections
    assert (first.good, first.rejected, first.no_location) == (
        second.good, second.rejected, second.no_location)
    assert source.good == first.good and source.no_location == first.no_location
