"""Send the digest of the articles published since the last issue to every confirmed subscriber.

Each delivery is recorded in the same transaction as its queued mail, so a run
that is interrupted and started again resumes the unfinished issue and sends
each subscriber the issue exactly once.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from tqdm import tqdm

from articles.models import Article
from webzine.models import Delivery, NewsletterIssue, Subscriber
from webzine.newsletter import newsletter_message

MAX_ARTICLES = 30
FIRST_ISSUE_DAYS = 7


class Command(BaseCommand):
    help = "Envoie la newsletter (articles publiés depuis le dernier numéro) aux abonnés confirmés."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, batch_size, **options):
        issue = (
            NewsletterIssue.objects.filter(completed_at__isnull=True).first() or self.new_issue()
        )
        if issue is None:
            self.stdout.write("Aucun nouvel article depuis le dernier numéro : rien à envoyer.")
            return
        articles = sorted(
            # Published still: one unpublished since the issue was made stays out of it.
            Article.objects.published().filter(pk__in=issue.article_ids).select_related("category"),
            key=lambda article: article.published_at,
            reverse=True,
        )
        waiting = (
            Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
            .exclude(deliveries__issue=issue)
            .order_by("pk")
        )
        sent = 0
        with tqdm(total=waiting.count(), desc=issue.subject, unit="abonné", disable=None) as bar:
            while batch := list(waiting[:batch_size]):
                for subscriber in batch:
                    self.deliver(issue, subscriber, articles)
                    sent += 1
                    bar.update(1)
        issue.completed_at = timezone.now()
        issue.save(update_fields=["completed_at"])
        self.stdout.write(self.style.SUCCESS(f"« {issue.subject} » : {sent} envoi(s) mis en file."))

    def new_issue(self):
        last = NewsletterIssue.objects.order_by("-until").first()
        until = timezone.now()
        since = last.until if last else until - datetime.timedelta(days=FIRST_ISSUE_DAYS)
        article_ids = list(
            Article.objects.published()
            .filter(published_at__gt=since, published_at__lte=until)
            .order_by("-published_at")
            .values_list("pk", flat=True)[:MAX_ARTICLES]
        )
        if not article_ids:
            return None
        subject = f"{settings.SITE_NAME} — les articles du {date_format(timezone.localdate(until))}"
        return NewsletterIssue.objects.create(
            since=since, until=until, subject=subject, article_ids=article_ids
        )

    def deliver(self, issue, subscriber, articles):
        context = {"issue": issue, "articles": articles, "site_url": settings.SITE_URL}
        with transaction.atomic():
            Delivery.objects.create(issue=issue, subscriber=subscriber)
            newsletter_message(subscriber, issue.subject, "webzine/email/digest", context).send()
