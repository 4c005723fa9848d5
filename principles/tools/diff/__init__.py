"""`principles diff`: what changes for readers between two versions of the content.

For review. The report compares what the site shows, not only what the pages declare:

- relations as the pages list them: a relation declared on either page is shown on both
  (`principles.content.graph`), so removing it from one page while the other still declares it
  changes nothing; the report says so, and names the page that still declares it;
- a new principle in full (summary, status, relevance per role, relations, actions), with the
  existing pages whose generated sections change because of it;
- a folder renamed with its former slug in `aliases` as one rename (the old address redirects):
  relations to it, on any page, count as unchanged;
- per principle, besides its fields, whether its own file changed or only what the site
  generates for it.

Reads the content of each git ref into a temporary folder and loads it like a build would;
builds nothing. The Markdown is for editors and reviewers (Dutch, also in a CI job summary);
the JSON uses the API's words (`high`, `concept`, `related`).

`compare`: two indexes compared in meaning (`ContentDiff`); `report`: the report in Markdown
and JSON; `git`: the docs folder at a git ref, and `content_diff`, what the command runs.
"""
