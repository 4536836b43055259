"""Reader-facing pages of the newsroom: an article, and the listings of articles."""

from django.conf import settings
from django.contrib.flatpages.views import flatpage
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.generic import ListView
from taggit.models import Tag

from categories.navigation import category_tree

from .models import Article, Author

RELATED_COUNT = 6


def article_detail(request, path, slug):
    article = get_object_or_404(
        Article.objects.published().select_related("category", "author").prefetch_related("tags"),
        slug=slug,
    )
    if article.category.path != path:  # the article moved to another category
        return redirect(article, permanent=True)
    tree = category_tree()
    newer_first = Article.objects.published().filter(category=article.category).for_listing()
    context = {
        "article": article,
        "tags": list(article.tags.all()),
        "ancestors": tree.ancestors(article.category),
        "previous_article": newer_first.filter(
            Q(published_at__lt=article.published_at)
            | Q(published_at=article.published_at, pk__lt=article.pk)
        ).first(),
        "next_article": newer_first.reverse()
        .filter(
            Q(published_at__gt=article.published_at)
            | Q(published_at=article.published_at, pk__gt=article.pk)
        )
        .first(),
        "related_articles": related_articles(article),
    }
    return render(request, "articles/article_detail.html", context)


def related_articles(article):
    """Six published articles: those sharing the most tags first, then the same category."""
    tag_ids = [tag.pk for tag in article.tags.all()]
    return list(
        Article.objects.published()
        .exclude(pk=article.pk)
        .filter(Q(tags__in=tag_ids) | Q(category=article.category_id))
        .annotate(shared_tags=Count("tags", filter=Q(tags__in=tag_ids), distinct=True))
        .for_listing()
        .order_by("-shared_tags", "-published_at", "-pk")[:RELATED_COUNT]
    )


class ArticleListView(ListView):
    """A paginated listing: 20 a page, a page past the end is a 404."""

    template_name = "articles/article_list.html"
    context_object_name = "articles"
    paginate_by = settings.ARTICLES_PER_PAGE
    title = ""
    empty_message = _("Aucun article publié pour le moment.")

    def get_queryset(self):
        return Article.objects.published().for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("title", self.title)
        context.setdefault("empty_message", self.empty_message)
        return context


class LatestView(ArticleListView):
    title = _("Derniers articles")


class FeaturedView(ArticleListView):
    title = _("À la une")
    empty_message = _("Aucun article à la une pour le moment.")

    def get_queryset(self):
        return super().get_queryset().featured()


class CategoryView(ArticleListView):
    template_name = "articles/category_detail.html"
    empty_message = _("Aucun article publié dans cette rubrique pour le moment.")

    def get(self, request, *args, **kwargs):
        tree = category_tree()
        self.category = tree.get(kwargs["path"])
        if self.category is None:
            # Not a category: perhaps a static page (Qui sommes-nous ?, Mentions légales…).
            return flatpage(request, f"/{kwargs['path']}/")
        self.tree = tree
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().in_category(self.category)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            category=self.category,
            title=self.category.name,
            ancestors=self.tree.ancestors(self.category),
            subcategories=self.tree.children(self.category),
            **kwargs,
        )


class AuthorView(ArticleListView):
    template_name = "articles/author_detail.html"
    empty_message = _("Cet auteur n’a pas encore publié d’article.")

    def get_queryset(self):
        self.author = get_object_or_404(Author, slug=self.kwargs["slug"])
        return super().get_queryset().filter(author=self.author)

    def get_context_data(self, **kwargs):
        return super().get_context_data(author=self.author, title=self.author.name, **kwargs)


class TagView(ArticleListView):
    template_name = "articles/tag_detail.html"
    empty_message = _("Aucun article publié avec ce mot-clé pour le moment.")

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return super().get_queryset().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, title=self.tag.name, **kwargs)


MAX_QUERY_LENGTH = 200


class SearchView(ArticleListView):
    """Simple search on title and standfirst; ranked full-text search is issue #5."""

    template_name = "articles/search.html"

    def get_queryset(self):
        raw = self.request.GET.get("q", "")
        self.query = " ".join(raw.replace("\x00", "").split())[:MAX_QUERY_LENGTH]
        if not self.query:
            return Article.objects.none()
        words = self.query.split()[:10]
        condition = Q()
        for word in words:
            condition &= Q(title__icontains=word) | Q(standfirst__icontains=word)
        return super().get_queryset().filter(condition)

    def get_context_data(self, **kwargs):
        if self.query:
            empty = _("Aucun article ne correspond à « %(query)s ».") % {"query": self.query}
        else:
            empty = _("Tapez un ou plusieurs mots pour lancer la recherche.")
        return super().get_context_data(
            query=self.query, title=_("Recherche"), empty_message=empty, **kwargs
        )
