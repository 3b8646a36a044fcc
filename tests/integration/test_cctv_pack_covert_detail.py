"""The covert deployments in an ordinary meeting pack, only when the officer asks: a page of their
own at the end behind the restricted-circulation note, said on the cover; off by default, and never
in a public pack whatever the option (both PDFs read back). The covert cameras up on a day are read
from the store on SQLite and PostgreSQL."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pypdf
import pytest

from jagdesk.exports.meetings.pack.pdf import write_pack_pdf
from jagdesk.services.cctv import deployment_steps as steps
from jagdesk.services.cctv.authorisations import ApplicationInput, add_application
from jagdesk.services.cctv.cameras import CameraInput, save_camera
from jagdesk.services.cctv.covert_detail import covert_deployments_on
from jagdesk.services.cctv.deployments import DeploymentRequest, request_deployment
from jagdesk.services.cctv.officers import save_officer
from jagdesk.services.cctv.ripa_lifecycle import record_decision
from jagdesk.services.meetings import find_meeting
from jagdesk.services.meetings.pack.pack import build_meeting_pack
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import Store, open_store
from tests.support.command_line import Capsys, run
from tests.support.stores import copy_store

# The demo's covert camera was up on the February JAG's day.
MEETING = "2021-02-04"
TITLE = "Covert CCTV deployments (RIPA): restricted"
COVERT = ("Kestrel", "HBC/RIPA", "restricted circulation", "RIPA", "covert")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    return copy_store(demo_template, tmp_path_factory.mktemp("covert-detail") / "demo.db")


def _pages(path: Path) -> list[str]:
    return [unicodedata.normalize("NFKC", page.extract_text()) for page in pypdf.PdfReader(path).pages]


def test_the_ordinary_pack_lists_covert_deployments_on_a_restricted_page_when_asked(
        demo_db: Path, tmp_path: Path, capsys: Capsys) -> None:
    out = tmp_path / "pack.pdf"
    status, _, err = run(capsys, "--db", str(demo_db), "export", "pack", MEETING, "--out", str(out),
                         "--covert-detail")
    assert status == 0, err
    pages = _pages(out)
    cover = " ".join(pages[0].split())
    assert "includes covert CCTV deployments under RIPA on a restricted page at its end" in cover
    restricted = [n for n, text in enumerate(pages) if TITLE in text and "Contents" not in text]
    assert restricted == [len(pages) - 1]  # the last page, and a page of its own
    last = " ".join(pages[-1].split())
    assert last.index(TITLE) < last.index("OFFICIAL-SENSITIVE: restricted circulation")
    assert "Regulation of Investigatory Powers Act 2000" in last
    assert "HBC/RIPA/2020/01" in last and "Kestrel" in last
    assert TITLE not in pages[-2]
    assert "They are listed on the restricted page at the end of this pack." in " ".join(
        " ".join(pages).split())

    plain = tmp_path / "plain.pdf"
    status, _, err = run(capsys, "--db", str(demo_db), "export", "pack", MEETING, "--out", str(plain))
    assert status == 0, err
    text = " ".join(_pages(plain))
    assert "HBC/RIPA" not in text and "restricted circulation" not in text and TITLE not in text
    assert "camera was up under a RIPA authorisation" in " ".join(text.split())


def test_the_public_pack_never_holds_covert_detail_whatever_the_option(
        demo_db: Path, tmp_path: Path, capsys: Capsys) -> None:
    out = tmp_path / "public.pdf"
    status, printed, err = run(capsys, "--db", str(demo_db), "export", "pack", MEETING, "--out",
                               str(out), "--public", "--confirm", "--covert-detail")
    assert (status, printed) == (2, "")
    assert "--covert-detail is for the ordinary pack" in err and not out.exists()

    with open_store(sqlite_location(demo_db)) as store, store.unit_of_work() as uow:
        meeting = find_meeting(uow, MEETING)
        pack = build_meeting_pack(uow, meeting.id, public=True, covert_detail=True)
    assert (pack.covert_cameras, pack.covert_detail) == (0, ())
    write_pack_pdf(pack, out)
    text = " ".join(_pages(out)).lower()
    assert [word for word in COVERT if word.lower() in text] == []


def test_the_covert_cameras_up_on_a_day(store: Store) -> None:
    with store.unit_of_work("t") as uow:
        camera = save_camera(uow, None, None, CameraInput("COV-7", "Covert 7", kind="covert",
                                                          state="store"))
        officer = save_officer(uow, None, None, "Dana Whitfield", "Head of Service").id
        held = add_application(uow, ApplicationInput("Op Lantern", "Theft", officer, urn="R-7"))
        record_decision(uow, held.id, None, "approved", date(2021, 3, 8))
        deployment = request_deployment(uow, DeploymentRequest(
            date(2021, 3, 1), "Rear of 12 High St", kind="covert", authorisation_id=held.id))
        steps.install(uow, deployment.id, None, camera.id, date(2021, 3, 9))
        steps.remove(uow, deployment.id, None, date(2021, 4, 20))
    with store.unit_of_work() as uow:
        before, during, after = (covert_deployments_on(uow, day) for day in (
            date(2021, 3, 8), date(2021, 4, 20), date(2021, 4, 21)))
    assert before == () and after == ()
    assert [(d.urn, d.operation, d.site, d.camera, d.installed_on, d.authorisation_ends_on)
            for d in during] == [("R-7", "Op Lantern", "Rear of 12 High St", "COV-7",
                                  date(2021, 3, 9), date(2021, 6, 7))]
