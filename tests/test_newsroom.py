"""The newsroom in the admin: roles both ways, workflow, preview, revisions, images."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image

from articles.models import Article, Comment
from articles.preview import preview_url
from articles.roles import AUTHOR, EDITOR
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, image_file

pytestmark = pytest.mark.django_db
ARTICLES = "/admin/articles/article/"


def member(group, username):
    user = User.objects.create_user(username, f"{username}@example.org", "motdepasse-solide-42")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def author_user():
    user = member(AUTHOR, "autrice")
    AuthorFactory(name="Autrice", slug="autrice", user=user)
    return user


@pytest.fixture
def editor_user():
    return member(EDITOR, "editeur")


@pytest.fixture
def as_author(client, author_user):
    client.force_login(author_user)
    return client


@pytest.fixture
def as_editor(client, editor_user):
    client.force_login(editor_user)
    return client


def article_form(article, **changes):
    data = {
        "title": article.title,
        "slug": article.slug,
        "standfirst": article.standfirst,
        "body": article.body,
        "category": article.category_id,
        "author": article.author_id,
        "status": article.status,
        "published_at_0": "",
        "published_at_1": "",
        "comments_open": "on",
        "cover_alt": article.cover_alt,
        "cover_caption": "",
        "cover_credit": "",
        "seo_title": "",
        "seo_description": "",
    }
    if article.published_at:
        local = timezone.localtime(article.published_at)
        data["published_at_0"] = local.strftime("%d/%m/%Y")
        data["published_at_1"] = local.strftime("%H:%M:%S")
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_setup_roles_is_idempotent():
    call_command("setup_roles")
    call_command("setup_roles")
    assert Group.objects.filter(name__in=[AUTHOR, EDITOR]).count() == 2
    editor = Group.objects.get(name=EDITOR).permissions.values_list("codename", flat=True)
    assert {"publish_article", "feature_article", "change_comment", "change_flatpage"} <= set(
        editor
    )
    author = set(Group.objects.get(name=AUTHOR).permissions.values_list("codename", flat=True))
    assert "delete_article" not in author and "publish_article" not in author


# Auteur


def test_author_creates_a_draft_signed_with_their_name(as_author, author_user):
    category = CategoryFactory()
    response = as_author.post(
        f"{ARTICLES}add/",
        article_form(ArticleFactory.build(category=category, status="draft"), author=None),
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.author.user == author_user
    assert article.status == Article.Status.DRAFT


def test_author_can_submit_for_review_but_not_publish(as_author, author_user):
    article = ArticleFactory(author=author_user.author, status="draft", published_at=None)
    response = as_author.post(
        f"{ARTICLES}{article.pk}/change/", article_form(article, status="published")
    )
    assert response.status_code == 200
    assert "Seul un éditeur peut publier" in response.content.decode()
    assert Article.objects.get(pk=article.pk).status == Article.Status.DRAFT

    as_author.post(f"{ARTICLES}{article.pk}/change/", article_form(article, status="review"))
    assert Article.objects.get(pk=article.pk).status == Article.Status.REVIEW


def test_crafted_post_cannot_schedule_feature_or_reassign(as_author, author_user):
    article = ArticleFactory(author=author_user.author, status="review", published_at=None)
    other = AuthorFactory()
    as_author.post(
        f"{ARTICLES}{article.pk}/change/",
        article_form(
            article,
            featured="on",
            author=other.pk,
            published_at_0="01/01/2030",
            published_at_1="10:00:00",
        ),
    )
    article.refresh_from_db()
    assert not article.featured
    assert article.published_at is None
    assert article.author.user == author_user


def test_author_sees_and_edits_only_their_own_articles(as_author, author_user):
    mine = ArticleFactory(title="Le mien", author=author_user.author, status="draft")
    theirs = ArticleFactory(title="Le sien", status="draft")
    listing = as_author.get(ARTICLES).content.decode()
    assert "Le mien" in listing and "Le sien" not in listing
    response = as_author.post(
        f"{ARTICLES}{theirs.pk}/change/", article_form(theirs, title="Piraté")
    )
    assert response.status_code in (302, 404)
    assert Article.objects.get(pk=theirs.pk).title == "Le sien"
    assert as_author.get(f"{ARTICLES}{mine.pk}/change/").status_code == 200


def test_author_cannot_delete_or_use_bulk_actions(as_author, author_user):
    article = ArticleFactory(author=author_user.author, status="review")
    assert as_author.post(f"{ARTICLES}{article.pk}/delete/", {"post": "yes"}).status_code == 403
    as_author.post(ARTICLES, {"action": "publish", "_selected_action": [article.pk]})
    assert Article.objects.get(pk=article.pk).status == Article.Status.REVIEW
    assert (
        "Publier" not in as_author.get(ARTICLES).content.decode().split('name="action"')[-1][:2000]
    )


def test_author_cannot_reach_comments_or_menus(as_author):
    assert as_author.get("/admin/articles/comment/").status_code == 403
    assert as_author.get("/admin/categories/menu/").status_code == 403


# Éditeur


def test_editor_publishes_schedules_and_features_in_bulk(as_editor):
    draft = ArticleFactory(status="draft", published_at=None)
    other = ArticleFactory(status="review", published_at=None)
    as_editor.post(ARTICLES, {"action": "publish", "_selected_action": [draft.pk, other.pk]})
    assert set(Article.objects.values_list("status", flat=True)) == {"published"}
    assert Article.objects.filter(published_at__isnull=True).count() == 0
    as_editor.post(ARTICLES, {"action": "feature", "_selected_action": [draft.pk]})
    assert Article.objects.get(pk=draft.pk).featured
    as_editor.post(ARTICLES, {"action": "unpublish", "_selected_action": [other.pk]})
    assert Article.objects.get(pk=other.pk).status == Article.Status.DRAFT


def test_editor_edits_anyones_article_and_schedules_it(as_editor, client):
    article = ArticleFactory(status="review", published_at=None)
    later = timezone.localtime() + datetime.timedelta(days=1)
    response = as_editor.post(
        f"{ARTICLES}{article.pk}/change/",
        article_form(
            article,
            status="published",
            published_at_0=later.strftime("%d/%m/%Y"),
            published_at_1=later.strftime("%H:%M:%S"),
        ),  # fmt: skip
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_scheduled
    listing = as_editor.get(f"{ARTICLES}?etat=scheduled").content.decode()
    assert "Programmé" in listing and article.title in listing
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_publishing_with_a_cover_needs_alt_text(as_editor):
    article = ArticleFactory(status="draft", cover=image_file(), cover_alt="")
    as_editor.post(ARTICLES, {"action": "publish", "_selected_action": [article.pk]})
    assert Article.objects.get(pk=article.pk).status == Article.Status.DRAFT
    messages = [str(m) for m in as_editor.get(ARTICLES).context["messages"]]
    assert any("texte alternatif" in m for m in messages)


def test_bulk_actions_need_an_editor_even_by_crafted_post(client, author_user):
    client.force_login(author_user)
    article = ArticleFactory(author=author_user.author, status="draft", published_at=None)
    for action in ("publish", "feature"):
        client.post(ARTICLES, {"action": action, "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT and not article.featured


# Preview, revisions, old addresses


def test_preview_link_shows_a_draft_and_readers_get_404(client):
    article = ArticleFactory(title="Brouillon secret", status="draft", published_at=None)
    assert client.get(article.get_absolute_url()).status_code == 404
    response = client.get(preview_url(article).split("8000", 1)[1])
    assert response.status_code == 200
    assert "Brouillon secret" in response.content.decode()
    assert "Aperçu" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert client.get("/apercu/faux-jeton/").status_code == 404


def test_preview_link_expires(client, monkeypatch):
    import time

    article = ArticleFactory(status="draft", published_at=None)
    path = preview_url(article).split("8000", 1)[1]
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 49 * 3600)
    assert client.get(path).status_code == 404


def test_every_save_keeps_a_revision_that_can_be_restored(as_editor, editor_user):
    article = ArticleFactory(title="Premier titre")
    as_editor.post(f"{ARTICLES}{article.pk}/change/", article_form(article, title="Second titre"))
    history = article.history.order_by("history_date")
    assert [h.title for h in history] == ["Premier titre", "Second titre"]
    assert history.last().history_user == editor_user
    page = as_editor.get(f"{ARTICLES}{article.pk}/history/").content.decode()
    assert "Second titre" in page or "Premier titre" in page
    first = history.first()
    as_editor.post(
        f"{ARTICLES}{article.pk}/history/{first.history_id}/",
        article_form(Article.objects.get(pk=article.pk), title="Premier titre"),
    )
    assert Article.objects.get(pk=article.pk).title == "Premier titre"


def test_renamed_slug_keeps_the_old_address_with_a_301(as_editor, client):
    article = ArticleFactory(slug="ancien-titre")
    old = article.get_absolute_url()
    as_editor.post(f"{ARTICLES}{article.pk}/change/", article_form(article, slug="nouveau-titre"))
    as_editor.post(
        f"{ARTICLES}{article.pk}/change/",
        article_form(Article.objects.get(pk=article.pk), slug="titre-final"),
    )
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"].endswith("/titre-final.html")  # no chain


# Rich text and images


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        '<p style="background:url(javascript:alert(1))">x</p>',
        "<iframe src='https://evil.example'></iframe>",
        '<svg onload="alert(1)"></svg>',
        '<a href="JaVaScRiPt:alert(1)">x</a>',
    ],
)
def test_hostile_html_from_the_editor_never_reaches_a_reader(as_editor, client, payload):
    article = ArticleFactory()
    as_editor.post(
        f"{ARTICLES}{article.pk}/change/", article_form(article, body=f"<p>Texte</p>{payload}")
    )
    html = client.get(article.get_absolute_url()).content.decode().lower()
    for bad in ("alert(1)", "onerror", "onload", "javascript:", "evil.example"):
        assert bad not in html


def upload(content, name="photo.jpg"):
    return SimpleUploadedFile(name, content)


def jpeg_bytes(size=(800, 600), exif=False):
    buffer = io.BytesIO()
    image = Image.new("RGB", size, (10, 120, 200))
    if exif:
        data = image.getexif()
        data[0x8825] = {2: (48, 51, 0)}  # GPS
        image.save(buffer, "JPEG", exif=data)
    else:
        image.save(buffer, "JPEG")
    return buffer.getvalue()


def test_cover_upload_is_reencoded_without_exif_under_a_new_name(as_editor, settings):
    article = ArticleFactory(status="draft")
    data = article_form(article, cover_alt="Une photo")
    data["cover"] = upload(jpeg_bytes(exif=True), "ma-maison.jpg")
    response = as_editor.post(f"{ARTICLES}{article.pk}/change/", data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert "ma-maison" not in article.cover.name
    with Image.open(article.cover.path) as stored:
        assert not stored.getexif().get(0x8825)
        assert stored.size == (800, 600)


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"GIF89a not really", "x.jpg", "pas une image lisible"),
        (b"<?php echo 1; ?>", "x.png", "pas une image lisible"),
        ("BMP", "x.bmp", "JPEG, PNG ou WebP"),
        ("BIG", "x.jpg", "40 au plus"),
        ("HEAVY", "x.png", "10 Mo au plus"),
    ],
)
def test_bad_cover_uploads_are_refused_with_a_clear_message(as_editor, content, name, message):
    if content == "BMP":
        buffer = io.BytesIO()
        Image.new("RGB", (10, 10)).save(buffer, "BMP")
        content = buffer.getvalue()
    elif content == "BIG":
        buffer = io.BytesIO()
        Image.new("L", (8000, 6000)).save(buffer, "JPEG", quality=10)  # 48 Mpx
        content = buffer.getvalue()
    elif content == "HEAVY":
        content = b"\x89PNG" + b"0" * (10 * 1024 * 1024 + 1)
    article = ArticleFactory(status="draft")
    data = article_form(article, cover_alt="Alt")
    data["cover"] = upload(content, name)
    response = as_editor.post(f"{ARTICLES}{article.pk}/change/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.get(pk=article.pk).cover


def test_decompression_bomb_is_refused(as_editor):
    buffer = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buffer, "PNG")  # 400 Mpx, a few kB
    article = ArticleFactory(status="draft")
    data = article_form(article, cover_alt="Alt")
    data["cover"] = upload(buffer.getvalue(), "bombe.png")
    response = as_editor.post(f"{ARTICLES}{article.pk}/change/", data)
    assert response.status_code == 200
    assert "Image refusée" in response.content.decode() or "40 au plus" in response.content.decode()


def test_covers_are_served_with_srcset_sizes_and_dimensions(client):
    article = ArticleFactory(cover=image_file(size=(1600, 900)), cover_alt="Une salle")
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'type="image/webp"' in html
    assert "srcset=" in html and "sizes=" in html
    assert 'width="1200" height="675"' in html


# Moderation and speed


def test_pending_queue_and_count_on_the_admin_index(as_editor):
    article = ArticleFactory()
    Comment.objects.create(
        article=article, name="Ana", email="a@example.org", body="Bravo", sender_hash="x"
    )
    Comment.objects.create(
        article=article, name="Bo", email="b@example.org", body="Déjà vu", sender_hash="x",
        status=Comment.Status.APPROVED,
    )  # fmt: skip
    index = as_editor.get("/admin/").content.decode()
    assert "1 commentaire en attente de modération" in index
    queue = as_editor.get("/admin/articles/pendingcomment/").content.decode()
    assert "Bravo" in queue and "Déjà vu" not in queue


@pytest.mark.parametrize("url", ["changelist", "change"])
def test_changelist_and_change_form_run_a_fixed_number_of_queries(as_editor, url):
    counts = []
    for total in (5, 60):
        for _ in range(total - Article.objects.count()):
            ArticleFactory(tags=["ia"])
        article = Article.objects.first()
        target = ARTICLES if url == "changelist" else f"{ARTICLES}{article.pk}/change/"
        as_editor.get(target)  # warm caches (session, category tree)
        with CaptureQueriesContext(connection) as queries:
            assert as_editor.get(target).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    assert counts[1] <= 20, counts


def test_change_form_has_autocomplete_and_character_counts(as_editor):
    html = as_editor.get(f"{ARTICLES}add/").content.decode()
    assert 'data-charcount="600"' in html and 'data-charcount="160"' in html
    assert "newsroom/charcount.js" in html
    for field in ("category", "author", "tags"):
        assert f'id="id_{field}"' in html
    assert html.count("admin-autocomplete") >= 3
    assert "data-django-prose-editor" in html  # the rich-text editor, served from our static files


EDITOR_PAGES = [
    "/admin/categories/category/add/",  # authors may only look categories and authors up
    "/admin/categories/menu/",
    "/admin/articles/author/add/",
    "/admin/articles/pendingcomment/",
    "/admin/flatpages/flatpage/",
    "/admin/redirects/redirect/",
    "/admin/webzine/subscriber/",
]


@pytest.mark.parametrize("url", EDITOR_PAGES)
def test_editor_manages_the_site_and_an_author_does_not(client, editor_user, author_user, url):
    client.force_login(editor_user)
    assert client.get(url).status_code == 200
    client.force_login(author_user)
    assert client.get(url).status_code == 403


def test_author_cannot_create_a_category_by_crafted_post(client, author_user):
    client.force_login(author_user)
    response = client.post(
        "/admin/categories/category/add/", {"name": "Pirate", "slug": "pirate", "position": 0}
    )
    assert response.status_code == 403
    assert not CategoryFactory._meta.model.objects.filter(slug="pirate").exists()


def test_an_author_account_without_an_author_profile_gets_a_clear_error(client):
    user = member(AUTHOR, "sans-fiche")
    client.force_login(user)
    article = ArticleFactory.build(category=CategoryFactory(), status="draft")
    response = client.post(f"{ARTICLES}add/", article_form(article, author=None))
    assert response.status_code == 200
    assert "pas de fiche auteur" in response.content.decode()
    assert Article.objects.count() == 0


def test_author_cannot_see_or_restore_the_history_of_anothers_article(as_author, author_user):
    theirs = ArticleFactory(title="Le sien", status="draft")
    version = theirs.history.first()
    assert as_author.get(f"{ARTICLES}{theirs.pk}/history/").status_code == 404
    url = f"{ARTICLES}{theirs.pk}/history/{version.history_id}/"
    assert as_author.get(url).status_code == 404
    assert as_author.post(url, article_form(theirs, title="Défiguré")).status_code == 404
    assert Article.objects.get(pk=theirs.pk).title == "Le sien"


def test_author_may_read_but_not_restore_their_own_history(as_author, author_user):
    mine = ArticleFactory(title="Le mien", author=author_user.author, status="draft")
    version = mine.history.first()
    url = f"{ARTICLES}{mine.pk}/history/{version.history_id}/"
    assert as_author.get(url).status_code == 200
    assert as_author.post(url, article_form(mine, title="Autre")).status_code == 403


def test_saving_a_stale_article_keeps_the_counters_exact(as_editor):
    article = ArticleFactory()
    stale = Article.objects.get(pk=article.pk)
    Article.objects.filter(pk=article.pk).update(comment_count=3, rating_count=2, rating_sum=9)
    stale.title = "Titre corrigé"
    stale.save()
    fresh = Article.objects.get(pk=article.pk)
    assert fresh.title == "Titre corrigé"
    assert (fresh.comment_count, fresh.rating_count, fresh.rating_sum) == (3, 2, 9)


def test_odd_ids_in_admin_filters_are_ignored(as_editor):
    assert as_editor.get(f"{ARTICLES}?rubrique=%C2%B2").status_code == 200
