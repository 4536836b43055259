from django.urls import path, re_path

from . import feeds, views

app_name = "articles"

urlpatterns = [
    path("derniers-articles/", views.LatestView.as_view(), name="latest"),
    path("a-la-une/", views.FeaturedView.as_view(), name="featured"),
    path("auteur/<slug:slug>/", views.AuthorView.as_view(), name="author"),
    # Tags made in the admin may carry accents ("écologie"): their pages answer too.
    re_path(r"^tag/(?P<slug>[-\w]+)/$", views.TagView.as_view(), name="tag"),
    path("recherche/", views.SearchView.as_view(), name="search"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    re_path(
        r"^feed/rubrique/(?P<path>[-a-z0-9_]+(?:/[-a-z0-9_]+)*)/$",
        feeds.CategoryFeed(),
        name="category_feed",
    ),
    path("feed/auteur/<slug:slug>/", feeds.AuthorFeed(), name="author_feed"),
    path("apercu/<str:token>/", views.preview, name="preview"),
    path("article/<int:pk>/commenter/", views.post_comment, name="comment"),
    path("article/<int:pk>/noter/", views.rate, name="rate"),
    re_path(
        r"^(?P<path>[-a-z0-9_]+(?:/[-a-z0-9_]+)*)/(?P<slug>[-a-zA-Z0-9_]+)\.html$",
        views.article_detail,
        name="detail",
    ),
]
