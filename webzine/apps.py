from django.apps import AppConfig


class WebzineConfig(AppConfig):
    name = "webzine"
    verbose_name = "Site"
