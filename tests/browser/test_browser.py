"""The site in headless Chromium (Debian's), at a phone's and a desktop's width.

Screenshots land in test-results/ for a person to look at.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.models import Article, Comment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "test-results"

# Playwright's sync API keeps an event loop running in this thread; the ORM calls
# made by the tests and their database teardown are ordinary blocking ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

if not Path(CHROMIUM).exists():
    pytest.skip("Chromium is not installed (make test installs it)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def site(live_server):
    call_command("seed_demo", articles=12, verbosity=0)
    return live_server.url


def open_page(browser, url, width, javascript=True):
    context = browser.new_context(
        viewport={"width": width, "height": 900}, java_script_enabled=javascript
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.errors = errors
    return page


def shot(page, name):
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def reference_url(site):
    return (
        site
        + Article.objects.get(slug__startswith="investissements-en-milliards").get_absolute_url()
    )


def test_phone_menu_opens_full_screen_and_closes(browser, site):
    page = open_page(browser, site + "/", 360)
    menu = page.locator("#menu-principal")
    close = page.get_by_role("button", name="Close Menu")
    assert not close.is_visible()
    page.get_by_role("button", name="Ouvrir le menu").click()
    assert page.get_by_role("link", name="Politique", exact=True).first.is_visible()
    box = menu.bounding_box()
    assert box["width"] >= 350  # full screen on a phone
    shot(page, "phone-menu-open")
    close.click()
    page.wait_for_timeout(300)
    assert not close.is_visible()
    assert page.errors == []


def test_phone_pages_fit_the_screen(browser, site):
    for name, url in [("phone-home", "/"), ("phone-article", None)]:
        page = open_page(browser, url and site + url or reference_url(site), 360)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, f"{name} scrolls sideways ({width}px)"
        shot(page, name)


def test_desktop_article_has_sidebar_beside_content_and_drop_down_menu(browser, site):
    page = open_page(browser, reference_url(site), 1440)
    main = page.locator("main").bounding_box()
    aside = page.locator("aside.sidebar").bounding_box()
    assert aside["x"] > main["x"] + main["width"] - 1  # side by side
    page.locator(".menu__item--parent", has_text="Politique").first.hover()
    assert page.get_by_role("link", name="France", exact=True).first.is_visible()
    shot(page, "desktop-article")
    assert page.errors == []


def test_search_overlay_opens_searches_on_enter_and_closes_on_escape(browser, site):
    page = open_page(browser, site + "/", 1440)
    page.locator("[data-search-open]:visible").first.click()
    overlay = page.locator("#recherche-overlay")
    assert overlay.is_visible()
    assert "Appuyer sur Echap pour annuler" in overlay.inner_text()
    page.keyboard.press("Escape")
    assert not overlay.is_visible()
    page.locator("[data-search-open]:visible").first.click()
    page.locator("#recherche-overlay-q").fill("Sommet")
    page.keyboard.press("Enter")
    page.wait_for_url("**/recherche/?q=Sommet")
    assert "Investissements en milliards" in page.locator("main").inner_text()


def test_without_javascript_menu_and_search_still_work(browser, site):
    page = open_page(browser, site + "/", 360, javascript=False)
    page.get_by_role("link", name="Ouvrir le menu").click()
    assert page.get_by_role("link", name="Politique", exact=True).first.is_visible()
    page.goto(site + "/")
    page.locator("[data-search-open]:visible").first.click()
    page.wait_for_url("**/recherche/")
    assert page.locator("main input[name=q]").is_visible()


def test_table_of_contents_toggles(browser, site):
    page = open_page(browser, reference_url(site), 1440)
    first_entry = page.locator(".toc__list a").first
    assert first_entry.inner_text() == "Un Sommet Marathon pour l’Intelligence Artificielle"
    page.locator(".toc__summary").click()
    assert not first_entry.is_visible()


def test_reply_opens_under_the_comment_and_posts_in_place(browser, site):
    article = Article.objects.get(slug__startswith="investissements-en-milliards")
    first = Comment.objects.create(
        article=article, name="Ana", email="ana@example.org", body="Premier avis", sender_hash="x"
    )
    first.approve()
    page = open_page(browser, reference_url(site), 1440)
    page.get_by_role("link", name="Répondre").first.click()
    form = page.locator(f"#comment-{first.pk} form.comment-form")
    assert form.is_visible()
    page.get_by_role("link", name="Cancel Reply").click()
    assert page.locator(f"#comment-{first.pk} form.comment-form").count() == 0

    page.get_by_role("link", name="Répondre").first.click()
    form.get_by_label("Commentaire").fill("Je réponds à Ana.")
    form.get_by_label("Nom").fill("Bruno")
    form.get_by_label("E-mail (jamais publié)").fill("bruno@example.org")
    page.wait_for_timeout(3200)  # the form refuses posts faster than 3 s
    url_before = page.url
    form.get_by_role("button", name="Publier le commentaire").click()
    page.get_by_text("Votre commentaire est en attente de modération").wait_for()
    assert page.url == url_before  # no reload
    reply = Comment.objects.get(name="Bruno")
    assert reply.parent == first and reply.status == Comment.Status.PENDING


def test_rating_updates_in_place(browser, site):
    page = open_page(browser, reference_url(site), 1440)
    page.get_by_role("button", name="4 étoiles").click()
    page.get_by_text("votre note de 4 étoiles est enregistrée").wait_for()
    assert "4,0/5 (1 vote)" in page.locator("#note").inner_text()
    article = Article.objects.get(slug__startswith="investissements-en-milliards")
    assert (article.rating_count, article.rating_sum) == (1, 4)
    shot(page, "desktop-rating")
