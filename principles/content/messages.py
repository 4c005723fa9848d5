"""Every message Leidraad gives an editor, by stable code, in Dutch (the default) and English.

A problem stores a code and its values; the text is made when it is shown, in the language
asked for. CONTRIBUTING lists the codes with what to do (a test keeps the two in step).

In a template, `{name}` is a value as given, `{name:w}` a word translated from `WORDS` (types,
reasons), and `{name:hint}` the "did you mean" suggestion, or nothing when there is none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")
DEFAULT_LANGUAGE: Language = "nl"


@dataclass(frozen=True)
class Text:
    nl: str
    en: str

    def __call__(self, language: Language) -> str:
        return self.nl if language == "nl" else self.en


# Words used inside messages: value types and the reasons an element is refused.
WORDS: dict[str, Text] = {
    "string": Text("tekst", "text"),
    "integer": Text("een heel getal", "a whole number"),
    "number": Text("een getal", "a number"),
    "array": Text("een lijst", "a list"),
    "object": Text("velden ('naam: waarde')", "a mapping"),
    "boolean": Text("true of false", "true or false"),
    "empty": Text("leeg", "empty"),
    "kop": Text("de kop", "front matter"),
    "scripts": Text("scripts draaien niet op deze site", "scripts do not run on this site"),
    "frames": Text(
        "ingebedde pagina's komen van andere sites, en deze site laadt nooit iets van elders",
        "embedded pages load from other sites, which this site never does",
    ),
    "objects": Text(
        "ingebedde objecten komen van andere sites, en deze site laadt nooit iets van elders",
        "embedded objects load from other sites, which this site never does",
    ),
    "forms": Text(
        "formulieren op deze site versturen niets", "forms on this site send nothing anywhere"
    ),
    "buttons": Text(
        "knoppen in de tekst van een pagina doen hier niets",
        "buttons in a page body do nothing on this site",
    ),
    "base": Text(
        "het zou veranderen waar elke link van de pagina heen gaat",
        "it would change where every link of the page points",
    ),
    "settings": Text(
        "pagina-instellingen horen bij het thema, niet in de tekst",
        "page settings belong to the theme, not to a page body",
    ),
    "generated": Text(
        "de pagina rond de tekst wordt gegenereerd", "the page around the body is generated"
    ),
    "title": Text("de paginatitel komt uit 'title' in de kop", "the page title comes from 'title'"),
    "empty-nothing": Text("er staat niets onder", "nothing follows it"),
    "empty-comment": Text(
        "er staat alleen een HTML-commentaar onder", "only an HTML comment follows it"
    ),
    "empty-placeholder": Text(
        "er staat alleen {{ … }} of {% … %} onder, dat hier niemand invult",
        "only a {{ … }} or {% … %} that nothing fills in here follows it",
    ),
    "empty-div": Text("er staat alleen een lege <div> onder", "only an empty <div> follows it"),
}

# fmt: off
MESSAGES: dict[str, Text] = {
    # LD1xx: the file and its kop (front matter: the fields between the two '---' lines)
    "LD101": Text(
        "het bestand is te groot ({size} kB; hoogstens {limit} kB): splits het of haal weg wat "
        "er niet in hoort",
        "file is too large ({size} kB; at most {limit} kB): split it or remove what does not "
        "belong"),
    "LD102": Text(
        "het bestand is niet als UTF-8 opgeslagen (byte 0x{byte} is onleesbaar): kies bij "
        "'Opslaan als' de codering UTF-8",
        "file is not UTF-8 (byte 0x{byte} cannot be decoded); save it as UTF-8"),
    "LD103": Text(
        "de kop is hier niet te lezen: controleer de inspringing, de dubbele punten en de "
        "aanhalingstekens",
        "invalid YAML: {detail}"),
    "LD104": Text(
        "een aanhalingsteken of haakje dat hier opent, wordt nergens gesloten",
        "invalid YAML: {detail}, never closed"),
    "LD105": Text(
        "een dubbele punt midden in een waarde: zet de hele waarde tussen aanhalingstekens",
        "invalid YAML: {detail}"),
    "LD106": Text(
        "een tab-teken: spring in met spaties",
        "invalid YAML: {detail}"),
    "LD107": Text(
        "de inspringing klopt hier niet, of de dubbele punt na een veldnaam ontbreekt",
        "invalid YAML: {detail}"),
    "LD108": Text(
        "verwijzingen met '&{anchor}' en '*{anchor}' zijn niet toegestaan: schrijf de waarde "
        "voluit",
        "YAML anchors and aliases ('&{anchor}', '*{anchor}') are not allowed: write the value "
        "out in full"),
    "LD109": Text(
        "waarden zijn hier meer dan {limit} niveaus diep ingesprongen; de kop heeft er hoogstens "
        "drie nodig",
        "values are nested more than {limit} levels deep here; front matter needs three at most"),
    "LD110": Text(
        "'{key}' staat er twee keer (ook op regel {other}); maar één waarde kan tellen: "
        "verwijder of combineer er één",
        "'{key}' is given twice (also on line {other}); only one value can count: remove or "
        "merge one of them"),
    "LD111": Text(
        "het bestand is leeg: een principe begint met een kop (tussen twee regels '---') met "
        "ten minste 'title:'",
        "file is empty: a principle needs front matter with a title"),
    "LD112": Text(
        "de kop ontbreekt: begin het bestand met een regel '---', dan de velden, dan weer '---'",
        "no front matter: start the file with '---', the fields, and '---'"),
    "LD113": Text(
        "de kop is leeg: een principe heeft ten minste 'title:' nodig",
        "front matter is empty: a principle needs at least 'title:'"),
    "LD114": Text(
        "na de afsluitende '---' staat geen regeleinde, dus de velden zouden als tekst op de "
        "pagina komen: zet een Enter na de afsluitende '---'",
        "the closing '---' is the last line without a line break after it, so the fields would "
        "be shown as text: press Enter after the closing '---'"),
    "LD115": Text(
        "de kop wordt niet afgesloten: sluit hem af met een regel '---'",
        "front matter is not closed: end it with a line '---'"),
    "LD116": Text(
        "de kop moet uit velden bestaan ('naam: waarde'), niet uit {kind:w}",
        "front matter must be a mapping of fields, not {kind:w}"),
    "LD117": Text(
        "dit bestand is een snelkoppeling (symbolische link) naar een bestand buiten de map "
        "docs: de site publiceert alleen wat in docs staat; zet het bestand zelf in docs",
        "this file is a symbolic link to a file outside the docs folder: the site publishes "
        "only what is inside docs; put the file itself there"),
    # LD2xx: fields
    "LD201": Text(
        "onbekend veld '{name}'{suggestion:hint}",
        "unknown field '{name}'{suggestion:hint}"),
    "LD202": Text(
        "het verplichte veld '{name}' ontbreekt",
        "missing required field '{name}'"),
    "LD203": Text(
        "'{field}': {value} is geen van: {options}",
        "'{field}': {value} is not one of: {options}"),
    "LD204": Text(
        "'{field}' is leeg",
        "'{field}' is empty"),
    "LD205": Text(
        "'{field}': geen HTML ('<'), schrijf gewone tekst ({value})",
        "'{field}': no HTML allowed ('<'), write plain text ({value})"),
    "LD206": Text(
        "'url': {value} mag niet; gebruik een adres dat begint met https:, http: of mailto:",
        "'url': {value} is not allowed; use an https:, http: or mailto: address"),
    "LD207": Text(
        "'{field}': {value} is geen datum; schrijf JJJJ-MM-DD",
        "'{field}': {value} is not a date; write YYYY-MM-DD"),
    "LD208": Text(
        "'{field}': {value} is geen geldige waarde (kleine letters, woorden verbonden met '-')",
        "'{field}': {value} is not a valid value (lower-case words joined by '-')"),
    "LD209": Text(
        "'{field}' moet {wanted:w} zijn, niet {actual:w}",
        "'{field}' must be {wanted:w}, not {actual:w}"),
    "LD210": Text(
        "'{field}' heeft ten minste {minimum} item(s) nodig",
        "'{field}' needs at least {minimum} item(s)"),
    "LD211": Text(
        "'{field}' moet ten minste {minimum} zijn, niet {value}",
        "'{field}' must be at least {minimum}, not {value}"),
    "LD212": Text(
        "'{field}' is te lang ({length} tekens; hoogstens {limit}): maak het korter",
        "'{field}' is too long ({length} characters; at most {limit}): shorten it"),
    "LD213": Text(
        "'{field}': elk item moet één paar 'naam: waarde' zijn",
        "'{field}': each item must be one 'name: value' pair"),
    "LD214": Text(
        "'{field}' heeft geen geldige waarde",
        "'{field}': {detail}"),
    "LD215": Text(
        "'number' is {number}, maar de titel begint met {from_title}",
        "'number' is {number} but the title starts with {from_title}"),
    "LD216": Text(
        "'title' heeft een nummer maar geen woorden",
        "'title' has a number but no words"),
    "LD217": Text(
        "geen nummer: voeg 'number: N' toe of begin de titel met 'N. '",
        "no number: add 'number: N' or start the title with 'N. '"),
    "LD218": Text(
        "onbekend niveau '{level}'; mogelijk: {allowed}",
        "unknown level '{level}'; allowed: {allowed}"),
    "LD219": Text(
        "'{name}' hoort in de pagina van het principe zelf ({page}); op een andere pagina in die "
        "map wordt het genegeerd: verplaats het",
        "'{name}' belongs in the principle's own page ({page}); on another page of its folder it "
        "would be ignored: move it there"),
    "LD220": Text(
        "'colour': {value} is geen kleur; schrijf een kleurcode #rrggbb, zoals #303f9f",
        "'colour': {value} is not a colour; write a colour code #rrggbb, such as #303f9f"),
    "LD221": Text(
        "'{name}' ontbreekt of is leeg: collectie '{collection}' vraagt het van elk principe "
        "('required_fields' in {file})",
        "'{name}' is missing or empty: collection '{collection}' asks it of every principle "
        "('required_fields' in {file})"),
    "LD222": Text(
        "'required_fields': '{name}' is geen veld van een principe{suggestion:hint}",
        "'required_fields': '{name}' is not a field of a principle{suggestion:hint}"),
    "LD223": Text(
        "'role_tabs: true' vraagt op elk principe een tabblad per rol, maar de collectie noemt "
        "geen 'roles': zet de rollen erbij, of haal 'role_tabs' weg",
        "'role_tabs: true' asks every principle for a tab per role, but the collection names "
        "no 'roles': add them, or remove 'role_tabs'"),
    # LD3xx: references between principles, numbers, folders
    "LD301": Text(
        "onbekend principe '{name}'{suggestion:hint}",
        "unknown principle '{name}'{suggestion:hint}"),
    "LD302": Text(
        "onbekend principe '{name}' in collectie '{collection}'{suggestion:hint}",
        "unknown principle '{name}' in collection '{collection}'{suggestion:hint}"),
    "LD303": Text(
        "onbekende collectie '{collection}' in '{name}'{suggestion:hint}",
        "unknown collection '{collection}' in '{name}'{suggestion:hint}"),
    "LD304": Text(
        "'{name}' is dit principe zelf",
        "'{name}' is this principle itself"),
    "LD305": Text(
        "'{name}' staat er twee keer in",
        "'{name}' is listed twice"),
    "LD306": Text(
        "'{name}' staat zowel in 'relations' als in 'derived_from'",
        "'{name}' is in both 'relations' and 'derived_from'"),
    "LD307": Text(
        "'{name}' is een oude naam; schrijf '{written}'",
        "'{name}' is a former slug; write '{written}' instead"),
    "LD308": Text(
        "kringverwijzing in 'derived_from': {chain}",
        "derivation cycle: {chain}"),
    "LD309": Text(
        "nummer {number} wordt ook gebruikt door '{other}' ({page}) in collectie "
        "'{collection}': geef elk principe een eigen nummer",
        "number {number} is also used by '{other}' ({page}) in collection '{collection}': give "
        "each principle its own number"),
    "LD310": Text(
        "oude naam '{name}' is de naam van een bestaand principe; een oude naam (alias) is een "
        "vroegere naam die geen pagina meer gebruikt",
        "alias '{name}' is the slug of an existing principle; an alias must be a former slug "
        "that no page uses"),
    "LD311": Text(
        "oude naam '{name}' is al een oude naam van '{other}'",
        "alias '{name}' is already an alias of '{other}'"),
    "LD312": Text(
        "mapnaam '{slug}' is ongeldig: gebruik kleine letters en cijfers, woorden verbonden met "
        "'-'",
        "folder name '{slug}' is not a valid slug: use lower-case words joined by '-'"),
    "LD313": Text(
        "mapnaam '{slug}' is gereserveerd voor een pagina die Leidraad maakt; kies een andere",
        "folder name '{slug}' is reserved for a page Leidraad generates; choose another slug"),
    "LD314": Text(
        "collectiemap '{slug}' is ongeldig: gebruik kleine letters en cijfers, woorden "
        "verbonden met '-'",
        "collection folder '{slug}' is not a valid slug"),
    "LD315": Text(
        "'order' {order} is al de plaats van collectie '{other}' ({file}): geef elke collectie "
        "een eigen nummer",
        "'order' {order} is already the place of collection '{other}' ({file}): give each "
        "collection its own number"),
    "LD316": Text(
        "'colour' {colour} is te licht voor de witte nummers op de relatiekaart (contrast "
        "{ratio}:1, minimaal {minimum}:1): kies een donkerdere kleur",
        "'colour' {colour} is too light for the white numbers on the relation map (contrast "
        "{ratio}:1, at least {minimum}:1): choose a darker colour"),
    "LD317": Text(
        "'colour' {colour} is al de kleur van collectie '{other}' ({file}): kies een andere, "
        "zodat de relatiekaart de collecties uit elkaar houdt",
        "'colour' {colour} is already the colour of collection '{other}' ({file}): choose "
        "another, so that the relation map tells the collections apart"),
    "LD318": Text(
        "Leidraad heeft geen vrije kleur meer voor deze collectie op de relatiekaart: geef haar "
        "een eigen 'colour' (#rrggbb)",
        "Leidraad has no unused colour left for this collection on the relation map: give it "
        "its own 'colour' (#rrggbb)"),
    "LD319": Text(
        "map '{folder}' heeft {count} pagina('s) die op een principe lijken (een genummerde "
        "titel of een 'summary'), zoals deze, maar geen {file}: zonder dat bestand zijn het "
        "gewone pagina's. Maak {file} (zie 'Een collectie toevoegen' in CONTRIBUTING.md), of "
        "zet de principes van een andere site om met 'principles import'",
        "folder '{folder}' has {count} page(s) that look like principles (a numbered title or "
        "a 'summary'), such as this one, but no {file}: without it they are plain pages. "
        "Write {file} (see CONTRIBUTING.md), or convert another site's principles with "
        "'principles import'"),
    # LD4xx: the text of a page
    "LD401": Text(
        "sluittag </{name}> zonder openingstag <{name}> ervoor: die zou een deel van de "
        "opmaak van de pagina sluiten; haal hem weg",
        "closing tag </{name}> has no opening <{name}> before it: it would close part of the "
        "page's layout; remove it"),
    "LD402": Text(
        "<{name}> wordt nergens gesloten: zet </{name}> waar het moet eindigen, anders komt de "
        "rest van de pagina (en wat Leidraad erna toevoegt) erin terecht",
        "<{name}> is never closed in this page: add </{name}> where it should end, or the rest "
        "of the page (and what Leidraad adds after it) ends up inside it"),
    "LD403": Text(
        "<{name}> mag niet in een pagina: {reason:w}",
        "<{name}> is not allowed in a page: {reason:w}"),
    "LD404": Text(
        "<style> doet niets: het beveiligingsbeleid van de site blokkeert stijlen in pagina's; "
        "haal het weg (het thema zorgt voor de opmaak)",
        "<style> has no effect: the site's security policy blocks styles in pages; remove it "
        "(the theme provides the layout)"),
    "LD405": Text(
        "attribuut '{attribute}' op <{name}> mag niet: scripts draaien niet op deze site",
        "attribute '{attribute}' on <{name}> is not allowed: scripts do not run on this site"),
    "LD406": Text(
        "style=\"…\" op <{name}> doet niets: het beveiligingsbeleid van de site blokkeert "
        "stijlen in pagina's; haal het weg",
        "style=\"…\" on <{name}> has no effect: the site's security policy blocks styles in "
        "pages; remove it"),
    "LD407": Text(
        "een link naar een '{scheme}:'-adres mag niet: link naar een pagina of een webadres "
        "(https://…)",
        "link to a '{scheme}:' address is not allowed: link to a page or a web address "
        "(https://…)"),
    "LD408": Text(
        "dit tabblad begint een nieuwe rij tabbladen: regel {breaker} hierboven springt niet in "
        "en beëindigt zo de tabbladen ervoor; spring die regel vier spaties in",
        "this tab starts a new set of tabs: line {breaker} above is not indented, so it ended "
        "the tabs before it; indent it with four spaces to keep all tabs together"),
    "LD409": Text(
        "tabblad \"{label}\" is leeg: spring de tekst die erin hoort vier spaties in",
        "tab \"{label}\" is empty: indent the text that belongs in it with four spaces"),
    "LD410": Text(
        "haal deze kop '# …' weg of maak er '## …' van: de titel van de pagina komt uit 'title' "
        "en een pagina heeft er één",
        "remove this '# heading' or make it '## …': the page title is rendered from 'title', "
        "and a page has one"),
    "LD411": Text(
        "'{heading}' is een met de hand geschreven lijst van principes ({relations}), maar "
        "Leidraad maakt de lijst van gerelateerde principes zelf uit 'relations': zet ze daar "
        "en haal deze sectie weg",
        "'{heading}' is a hand-written list of principles ({relations}), but Leidraad "
        "generates the list of related principles from 'relations': put them there and remove "
        "this section"),
    "LD412": Text(
        "<{name}> wordt niet gesloten vóór </{closer}>: zet </{name}> waar het moet eindigen",
        "<{name}> is never closed before </{closer}>: add </{name}> where it should end"),
    "LD413": Text(
        "deze tekst springt niet in en staat daardoor onder alle tabbladen, niet in tabblad "
        "\"{label}\": spring hem vier spaties in als hij bij dat tabblad hoort, of zet er een "
        "kop ('## …') boven als hij voor iedereen is",
        "this text is not indented, so it shows below all tabs, not in tab \"{label}\": indent "
        "it with four spaces if it belongs to that tab, or put a heading ('## …') above it if "
        "it is for every reader"),
    "LD414": Text(
        "sectie '{heading}' is leeg: {holds:w}. Een plug-in van een andere site vulde haar "
        "misschien; hier blijft ze leeg. Schrijf de tekst, of haal de kop weg",
        "section '{heading}' is empty: {holds:w}. Another site's plugin may have filled it; "
        "here it stays empty. Write its text, or remove the heading"),
    "LD415": Text(
        "hier begint een '<' (als van een HTML-tag) zonder '>' erna, en de pagina heeft er "
        "zoveel dat het maken ervan minuten kan duren (de grens is {limit} tekens zoeken naar "
        "een '>'): sluit elke tag met '>', of schrijf &lt; voor een '<' als teken",
        "a '<' (as of an HTML tag) without a '>' after it starts here, and the page has so "
        "many that rendering it could take minutes (the limit is {limit} characters read "
        "looking for a '>'): close every tag with '>', or write &lt; for a '<' as a character"),
    "LD416": Text(
        "de tekst is hier meer dan {limit} niveaus diep in elkaar gezet (inspringing, '>', of "
        "opmaak als '*', '_' en '[' binnen elkaar): zo diep is niet te lezen en de pagina niet "
        "te maken; maak het minder diep",
        "the text here nests more than {limit} levels deep (indentation, '>', or markup such "
        "as '*', '_' and '[' inside one another): no reader follows that, and the page cannot "
        "be rendered; nest it less deeply"),
    "LD417": Text(
        "de link naar '{url}' gaat nergens heen: die pagina of dat bestand bestaat niet in "
        "deze site{suggestion:hint}",
        "the link to '{url}' leads nowhere: no such page or file in this site"
        "{suggestion:hint}"),
    "LD418": Text(
        "de link naar '{url}' gaat naar de pagina, maar {page} heeft geen kop, tabblad of "
        "sectie met anker '#{anchor}'{suggestion:hint}",
        "the link to '{url}' reaches the page, but {page} has no heading, tab or section with "
        "the anchor '#{anchor}'{suggestion:hint}"),
    "LD419": Text(
        "deze alinea heeft zoveel opmaak (links, vet, cursief, code, tags) voor haar lengte dat "
        "het maken van de pagina minuten kan duren (de grens is {limit}: het aantal keer opmaak "
        "maal het aantal tekens): verdeel haar over alinea's, met een lege regel ertussen",
        "this paragraph has so much markup (links, bold, italics, code, tags) for its length "
        "that rendering the page could take minutes (the limit is {limit}: the markup times "
        "the characters): split it into paragraphs, with a blank line between them"),
    "LD420": Text(
        "de pagina heeft meer dan {limit} tabbladen ('=== \"…\"'); vanaf hier is het te veel "
        "om de pagina in redelijke tijd te maken: verdeel de inhoud over pagina's",
        "the page has more than {limit} tabs ('=== \"…\"'); from here on there are too many "
        "to render the page in reasonable time: split the content over pages"),
    "LD421": Text(
        "hier staat meer dan {limit} keer hetzelfde teken achter elkaar ('*', '_', '~', '^', "
        "'=', '+' of '`'): dat is geen opmaak, en het maken van de pagina kan er minuten over "
        "doen; haal de reeks weg of zet hem in een codeblok",
        "more than {limit} of the same character in a row here ('*', '_', '~', '^', '=', '+' "
        "or '`'): that is no markup, and rendering the page could take minutes; remove the run "
        "or put it in a code block"),
    "LD422": Text(
        "hier beginnen zoveel blokhaken '[' zonder bijpassende ']' (of zo diep in elkaar) dat "
        "het maken van de pagina minuten kan duren (de grens is {limit} tekens zoeken naar een "
        "']'): sluit elke '[' met een ']', of schrijf \\[ voor een blokhaak als teken",
        "so many '[' without a matching ']' (or nested so deep) start here that rendering the "
        "page could take minutes (the limit is {limit} characters read looking for a ']'): "
        "close every '[' with a ']', or write \\[ for a bracket as a character"),
    "LD423": Text(
        "deze opmerking '<!--' wordt nergens gesloten: alles erna kan uit de pagina verdwijnen "
        "(in een HTML-blok ook de rest van de pagina); zet '-->' waar de opmerking eindigt",
        "this comment '<!--' is never closed: everything after it may disappear from the page "
        "(inside an HTML block, the rest of the page too); add '-->' where the comment ends"),
    "LD424": Text(
        "het codeblok dat hier begint met {fence} wordt nergens gesloten: de code wordt als "
        "gewone tekst getoond en de controle ziet niets meer van wat erna komt; zet {fence} op "
        "een eigen regel waar de code eindigt",
        "the code block that starts here with {fence} is never closed: the code shows as "
        "ordinary text and the check sees nothing of what follows; add {fence} on a line of "
        "its own where the code ends"),
    "LD425": Text(
        "het HTML-blok dat hier begint met <{name}> wordt nergens gesloten: de rest van de "
        "pagina wordt letterlijk getoond, zonder opmaak (koppen, lijsten en tabbladen werken "
        "niet meer); zet </{name}> waar het blok eindigt",
        "the HTML block that starts here with <{name}> is never closed: the rest of the page "
        "shows as literal text, unformatted (headings, lists and tabs stop working); add "
        "</{name}> where the block ends"),
    "LD426": Text(
        "<{name}> mag niet in een pagina: {reason:w}; haal het hele element weg, van <{name}> "
        "op regel {start} tot en met </{name}> op regel {end} (met alles daartussen)",
        "<{name}> is not allowed in a page: {reason:w}; remove the whole element, from "
        "<{name}> on line {start} up to and including </{name}> on line {end} (with everything "
        "in between)"),
    "LD427": Text(
        "<{name}> mag niet in een pagina: {reason:w}; haal het hele element weg, van <{name}> "
        "tot en met </{name}>",
        "<{name}> is not allowed in a page: {reason:w}; remove the whole element, from "
        "<{name}> up to and including </{name}>"),
    "LD428": Text(
        "{what} hoort niet in deze pagina, maar haal het nog niet weg: dan wordt de tekst erna "
        "letterlijk getoond of blijft ander HTML open; los eerst de HTML-meldingen op regel "
        "{lines} op en haal {what} daarna weg",
        "{what} does not belong in this page, but do not remove it yet: the text after it "
        "would show as literal text, or other HTML would stay open; first fix the HTML "
        "messages on line(s) {lines}, then remove {what}"),
    "LD429": Text(
        "sluittag </{name}> zonder openingstag <{name}> ervoor: die zou een deel van de "
        "opmaak van de pagina sluiten; haal hem weg en zet de tekst die eronder volgt op deze "
        "regel, direct achter '{marker}' (anders blijft er een los '{marker}' staan, dat de "
        "lijst kan breken)",
        "closing tag </{name}> has no opening <{name}> before it: it would close part of the "
        "page's layout; remove it and move the text that follows below up onto this line, right "
        "after '{marker}' (otherwise a bare '{marker}' is left, which can break the list)"),
    "LD430": Text(
        "<{name}> mag niet in een pagina: {reason:w}; haal het hele element weg, van <{name}> "
        "tot en met </{name}>, en zet de tekst die erna volgt direct achter '{marker}' "
        "(anders blijft er een los '{marker}' staan, dat de lijst kan breken)",
        "<{name}> is not allowed in a page: {reason:w}; remove the whole element, from "
        "<{name}> up to and including </{name}>, and move the text that follows it up, "
        "right after '{marker}' (otherwise a bare '{marker}' is left, which can break the "
        "list)"),
    "LD431": Text(
        "sluittag {what} zonder openingstag ervoor, maar alleen {what} weghalen maakt de pagina "
        "niet beter: de tekst erna zou dan letterlijk getoond worden of ander HTML blijft open; "
        "schrijf deze regel opnieuw in Markdown, zonder HTML",
        "closing tag {what} has no opening tag before it, but removing only {what} would not "
        "make the page better: the text after it would show as literal text, or other HTML "
        "would stay open; rewrite this line in Markdown, without HTML"),
    "LD432": Text(
        "{what} mag niet in een pagina, maar alleen dat element weghalen maakt de pagina niet "
        "beter: de tekst erna zou dan letterlijk getoond worden of ander HTML blijft open; "
        "schrijf deze regel opnieuw in Markdown, zonder HTML",
        "{what} is not allowed in a page, but removing only that element would not make the "
        "page better: the text after it would show as literal text, or other HTML would stay "
        "open; rewrite this line in Markdown, without HTML"),
    # LD5xx: roles
    "LD501": Text(
        "onbekende rol '{name}'{suggestion:hint}",
        "unknown role '{name}'{suggestion:hint}"),
    "LD502": Text(
        "rol '{name}' staat er twee keer in",
        "role '{name}' is listed twice"),
    "LD503": Text(
        "tabblad \"{label}\" hoort bij geen rol{suggestion:hint}; de tabbladen van rollen dragen "
        "de naam van de rol uit het rollenbestand",
        "tab \"{label}\" matches no role{suggestion:hint}; role tabs use the role's label from "
        "the roles file"),
    "LD504": Text(
        "rol '{name}' heeft relevantie 'high', maar de pagina heeft geen tabblad \"{label}\"",
        "role '{name}' has relevance 'high' but the page has no \"{label}\" tab"),
    "LD505": Text(
        "tabblad voor rol '{name}', die in 'roles' ontbreekt",
        "tab for role '{name}', which 'roles' omits"),
    "LD506": Text(
        "het rollenbestand ontbreekt",
        "roles file is missing"),
    "LD507": Text(
        "rol '{name}': de id moet '{anchor}' zijn, het anker van het tabblad '{label}', zodat "
        "links naar #{anchor} dat tabblad openen",
        "role '{name}': its id must be '{anchor}', the anchor of its tab label '{label}', so "
        "that links to #{anchor} open the tab"),
    "LD508": Text(
        "rol '{name}': '{other}' is al in gebruik bij een andere rol",
        "role '{name}': '{other}' is already used by another role"),
    "LD509": Text(
        "alle {count} rollen hebben relevantie 'high': dan helpt relevantie lezers niet kiezen; "
        "geef 'high' alleen aan de rollen voor wie het principe het meest verandert (hooguit "
        "drie) en zet de rest op 'medium' of 'low'",
        "all {count} roles have relevance 'high', so relevance helps no reader choose; give "
        "'high' only to the roles the principle changes most (three at most) and make the "
        "others 'medium' or 'low'"),
    "LD511": Text(
        "tabblad ontbreekt voor {labels}: collectie '{collection}' heeft op elk principe een "
        "tabblad per rol ('role_tabs' in {file})",
        "no tab for {labels}: collection '{collection}' has a tab for each of its roles on "
        "every principle ('role_tabs' in {file})"),
    "LD512": Text(
        "tabblad \"{label}\" staat niet op zijn plaats: de tabbladen van collectie "
        "'{collection}' volgen de volgorde van 'roles' in {file}: {order}",
        "tab \"{label}\" is out of place: the tabs of collection '{collection}' follow the "
        "order of 'roles' in {file}: {order}"),
    "LD513": Text(
        "tabblad \"{label}\" is een oude naam van de rol \"{current}\": de site toont het "
        "tabblad als \"{current}\"; schrijf === \"{current}\"",
        "tab \"{label}\" is a former name of the role \"{current}\": the site shows the tab "
        "as \"{current}\"; write === \"{current}\""),
    # LD6xx: actions ("Direct aan de slag")
    "LD601": Text(
        "actie-id '{name}' wordt twee keer gebruikt",
        "action id '{name}' is used twice"),
    "LD602": Text(
        "'added': {value} is geen bestaande datum",
        "'added': {value} is not a real date"),
    "LD603": Text(
        "actie '{action}': onbekend principe '{name}'{suggestion:hint}",
        "action '{action}': unknown principle '{name}'{suggestion:hint}"),
    "LD604": Text(
        "onbekende actie '{name}'{suggestion:hint}",
        "unknown action '{name}'{suggestion:hint}"),
    "LD605": Text(
        "'{name}' onder '{heading}' herhaalt de kaart '{action}' uit het actieregister, die al "
        "onder 'Direct aan de slag' staat: haal de link hier weg (wat de kaart mist, hoort in "
        "_data/actions.yml)",
        "'{name}' under '{heading}' repeats the card '{action}' of the action registry, which "
        "'Direct aan de slag' shows already: remove the link here (what the card lacks belongs "
        "in _data/actions.yml)"),
    "LD606": Text(
        "'{name}' onder '{heading}' staat in het actieregister als '{action}', maar niet bij "
        "dit principe: zet '{principle}' bij 'principles' van die actie in _data/actions.yml, "
        "dan komt de kaart onder 'Direct aan de slag', en haal de link hier weg",
        "'{name}' under '{heading}' is the action '{action}' of the registry, but not one of "
        "this principle's: add '{principle}' to that action's 'principles' in "
        "_data/actions.yml, so that 'Direct aan de slag' shows its card, and remove the link "
        "here"),
    # LD7xx: macros ({{ … }} on pages with render_macros: true)
    "LD701": Text(
        "{{{{ … }}}} of {{% … %}} is hier niet af: controleer de haakjes en aanhalingstekens",
        "the {{{{ … }}}} or {{% … %}} here is not valid: {detail}"),
    "LD702": Text(
        "onbekende macro '{name}'{suggestion:hint}; bekend: {known}",
        "unknown macro '{name}'{suggestion:hint}; known: {known}"),
    "LD703": Text(
        "macro '{name}' kent '{argument}' niet{suggestion:hint}; wel: {known}",
        "macro '{name}' has no argument '{argument}'{suggestion:hint}; it has: {known}"),
    "LD704": Text(
        "macro '{name}' krijgt te veel waarden zonder naam: schrijf ze als {example}",
        "macro '{name}' gets too many unnamed values: write them as {example}"),
    "LD705": Text(
        "macro '{name}': {argument}={value} is geen bekende {kind:w}{suggestion:hint}",
        "macro '{name}': {argument}={value} is no known {kind:w}{suggestion:hint}"),
    "LD706": Text(
        "onbekende naam '{name}' in {{{{ … }}}}{suggestion:hint}",
        "unknown name '{name}' in {{{{ … }}}}{suggestion:hint}"),
    "LD707": Text(
        "onbekend filter '{name}'{suggestion:hint}",
        "unknown filter '{name}'{suggestion:hint}"),
    "LD708": Text(
        "'{{{{' staat in de tekst, maar de pagina heeft geen 'render_macros: true': het komt "
        "letterlijk op de pagina; voeg 'render_macros: true' toe aan de kop als het een macro is",
        "'{{{{' is in the text but the page has no 'render_macros: true': it is shown as "
        "written; add 'render_macros: true' if it is a macro"),
    "LD709": Text(
        "{{% include %}} van '{name}': alleen een bestand dat in de map docs staat, met zijn "
        "naam voluit geschreven, mag in een pagina worden opgenomen; dit bestand ligt erbuiten "
        "(ook via een snelkoppeling), bestaat niet of heeft geen vaste naam",
        "{{% include %}} of '{name}': only a file inside the docs folder, named as written, may "
        "be included in a page; this one is outside it (perhaps through a symbolic link), does "
        "not exist, or has no fixed name"),
    # LD8xx: `principles import`: what another site's page had that found no place here
    "LD801": Text(
        "veld '{name}' heeft geen plaats in een principe van Leidraad en is niet overgenomen: "
        "zet wat ervan nodig is in de tekst",
        "field '{name}' has no place in a Leidraad principle and was not imported: put what "
        "is needed of it in the text"),
    "LD802": Text(
        "status '{value}' kent Leidraad niet en is niet overgenomen (het principe is nu "
        "'concept'): kies concept, consultatie, vastgesteld of vervallen",
        "status '{value}' is not one of Leidraad's and was not imported (the principle is "
        "'concept' now): choose concept, consultatie, vastgesteld or vervallen"),
    "LD803": Text(
        "de link naar '{url}' wijst buiten de overgenomen map, of naar een pagina die niet is "
        "overgenomen, en is ongewijzigd gebleven: controleer hem in de nieuwe pagina",
        "the link to '{url}' points outside the imported folder, or to a page that was not "
        "imported, and was left as it is: check it in the new page"),
    "LD804": Text(
        "geen nummer: het principe kreeg nummer {number}, het volgende vrije in de volgorde "
        "van de bestanden; pas het aan als het een ander moet zijn",
        "no number: the principle got number {number}, the next free one in file order; "
        "change it if it should be another"),
    "LD805": Text(
        "geen titel (geen 'title' en geen '# kop'): de titel is nu '{title}', naar de "
        "bestandsnaam; schrijf een betere",
        "no title (no 'title' and no '# heading'): the title is '{title}' now, after the file "
        "name; write a better one"),
    "LD806": Text(
        "'{name}' is geen geldig adres: het principe staat nu op '{slug}'",
        "'{name}' is not a valid slug: the principle is at '{slug}' now"),
    "LD807": Text(
        "'{heading}' linkt naar principes, maar ook naar andere pagina's of met tekst erbij: "
        "de sectie is blijven staan; zet de principes in 'relations' en haal ze hier weg",
        "'{heading}' links to principles, but also to other pages or with text beside them: "
        "the section was kept; put the principles in 'relations' and remove them here"),
    "LD808": Text(
        "de lege sectie '{heading}' is weggelaten ({holds:w})",
        "the empty section '{heading}' was left out ({holds:w})"),
    "LD809": Text(
        "deze pagina is geen principe (alleen <naam>.md en <naam>/index.md direct in de map "
        "zijn principes) en is niet overgenomen: zet haar zelf over als ze nodig is",
        "this page is no principle (only <name>.md and <name>/index.md directly in the folder "
        "are) and was not imported: copy it yourself if it is needed"),
    "LD810": Text(
        "de rest van de overzichtspagina is niet overgenomen: Leidraad maakt het overzicht van "
        "de principes zelf; de titel en de tekst boven deze kop staan in _collection.yml",
        "the rest of the overview page was not imported: Leidraad makes the overview of the "
        "principles itself; the title and the text above this heading are in _collection.yml"),
    "LD811": Text(
        "'{name}' in '{field}' is geen pagina van de map en is niet overgenomen als relatie",
        "'{name}' in '{field}' is no page of the folder and was not imported as a relation"),
    "LD812": Text(
        "'{slug}' is al de naam van {other}: deze pagina is niet overgenomen; hernoem een van "
        "beide en importeer opnieuw",
        "'{slug}' is already the name of {other}: this page was not imported; rename one of "
        "them and import again"),
}
# fmt: on

# Words for LD402 (where an element is never closed) and LD705 (what kind of value).
WORDS.update(
    {
        "role": Text("rol", "role"),
        "status": Text("status", "status"),
        "principle": Text("principe (collectie/naam)", "principle (collection/slug)"),
    }
)

# What the tools say around the problems (no code: these are not problems of a file). The
# build logs them through MkDocs' plugin logger, which starts each line with "leidraad: ":
# a text does not name Leidraad again.
TOOL_TEXTS: dict[str, Text] = {
    "check-summary": Text(
        "{errors} fout(en), {warnings} waarschuwing(en) in {principles} principe(s) van "
        "{collections} collectie(s)",
        "{errors} error(s), {warnings} warning(s) in {principles} principle(s) of "
        "{collections} collection(s)",
    ),
    "relevance-heading": Text(
        "Relevantie per rol (lezers hebben er alleen iets aan als niet overal 'hoog' staat):",
        "Relevance per role (it only helps readers when not every principle says 'high'):",
    ),
    "relevance-role": Text(
        "  {role}: {high} hoog, {medium} middel, {low} laag (genoemd in {named} van de "
        "{principles} principes)",
        "  {role}: {high} high, {medium} medium, {low} low (named by {named} of the "
        "{principles} principles)",
    ),
    "build-refused": Text(
        "Niet gebouwd voor publicatie: {errors} fout(en) in de inhoud (zie hierboven, met "
        "bestand en regel). Los ze op; `make serve` laat de pagina's met hun fouten zien.",
        "Not built for publication: {errors} content error(s) (listed above, with file and "
        "line). Fix them; `make serve` shows the pages with their errors.",
    ),
    "export-refused": Text(
        "niet geëxporteerd: {errors} fout(en)", "not exported: {errors} error(s)"
    ),
    "exported": Text(
        "{files} bestand(en) voor {principles} principe(s) geschreven naar {out}",
        "wrote {files} file(s) for {principles} principle(s) to {out}",
    ),
    "no-folder": Text("{folder}: die map bestaat niet", "{folder}: no such folder"),
    "created": Text(
        "{path} gemaakt (nummer {number}); vul het in en draai daarna: principles check",
        "created {path} (number {number}); fill it in and run: principles check",
    ),
    "init-not-empty": Text(
        "{folder} is niet leeg: principles init schrijft een nieuwe site alleen in een nieuwe "
        "of lege map, en overschrijft niets",
        "{folder} is not empty: principles init writes a new site only into a new or empty "
        "folder, and overwrites nothing",
    ),
    "init-done": Text(
        "Nieuwe site in {folder} ({files} bestanden). Verder: cd {folder} en make serve "
        "(bekijken), make test (controleren en bouwen)",
        "New site in {folder} ({files} files). Next: cd {folder}, then make serve (preview), "
        "make test (check and build)",
    ),
    "new-unknown-collection": Text(
        "onbekende collectie '{name}' (collecties: {known})",
        "unknown collection '{name}' (collections: {known})",
    ),
    "new-bad-slug": Text(
        "'{slug}' is geen geldige naam: gebruik kleine letters en cijfers, woorden verbonden "
        "met '-'",
        "'{slug}' is not a valid slug: use lower-case words joined by '-'",
    ),
    "new-reserved": Text(
        "'{slug}' is gereserveerd voor een pagina die Leidraad maakt",
        "'{slug}' is reserved for a page Leidraad generates",
    ),
    "import-reserved": Text(
        "'{name}' is de naam van een pagina die Leidraad maakt: kies een andere naam voor de "
        "collectie",
        "'{name}' is the name of a page Leidraad generates: choose another name for the collection",
    ),
    "import-taken": Text(
        "{path} bestaat al: kies een andere naam, of haal de map eerst weg (import "
        "overschrijft niets)",
        "{path} exists already: choose another name, or remove the folder first (import "
        "overwrites nothing)",
    ),
    "imported": Text(
        "{principles} principe(s) overgenomen in {folder}; {notes} ding(en) niet (helemaal) "
        "geplaatst, hierboven met bestand en regel",
        "imported {principles} principle(s) into {folder}; {notes} thing(s) not (wholly) "
        "placed, listed above with file and line",
    ),
    "imported-check": Text(
        "de controle van {folder}: {errors} fout(en), {warnings} waarschuwing(en); "
        "'principles check {docs}' toont ze met bestand en regel",
        "the check of {folder}: {errors} error(s), {warnings} warning(s); "
        "'principles check {docs}' lists them with file and line",
    ),
    "new-taken": Text("'{slug}' is al bezet: {path} bestaat", "'{slug}' is taken: {path} exists"),
    "new-alias": Text(
        "'{slug}' is al bezet: het is een oude naam (alias) van '{owner}'",
        "'{slug}' is taken: it is a former slug (alias) of '{owner}'",
    ),
    "new-number-taken": Text(
        "nummer {number} is al bezet in '{collection}'",
        "number {number} is taken in '{collection}'",
    ),
    "shallow-history": Text(
        "De git-geschiedenis is onvolledig (een 'shallow clone'): pagina's die niet gewijzigd "
        "zijn in de opgehaalde commits tonen als 'laatst gewijzigd' de datum van de oudste "
        "opgehaalde commit (bij --depth 1 voor elke pagina de datum van de laatste commit). "
        "Haal de hele geschiedenis op met 'git fetch --unshallow', of zet in GitHub Actions "
        "'fetch-depth: 0' bij actions/checkout.",
        "The git history is incomplete (a shallow clone): pages not changed in the fetched "
        "commits show the date of the oldest fetched commit as 'last changed' (with --depth 1, "
        "every page the date of the last commit). Fetch the whole history with 'git fetch "
        "--unshallow', or set 'fetch-depth: 0' on actions/checkout in GitHub Actions.",
    ),
    "unreadable-history": Text(
        "De git-geschiedenis van {folder} is niet te lezen ({reason}): elke pagina zou als "
        "'laatst gewijzigd' de datum van deze kopie krijgen, ook in de sitemap en de feed. "
        "Is de map van een andere gebruiker (zoals in een container in CI), geef hem dan vrij "
        "met 'git config --global --add safe.directory <map>'.",
        "The git history of {folder} cannot be read ({reason}): every page would show the "
        "date of this checkout as 'last changed', in the sitemap and the feed too. If the "
        "folder belongs to another user (as in a CI container), allow it with 'git config "
        "--global --add safe.directory <folder>'.",
    ),
    "history-refused": Text(
        "Niet gebouwd: in CI moet de git-geschiedenis leesbaar zijn, anders kloppen de data "
        "van de pagina's niet (zie hierboven).",
        "Not built: in CI the git history must be readable, or the pages' dates are wrong "
        "(see above).",
    ),
    "not-material": Text(
        "Leidraad bouwt op het thema Material for MkDocs, en mkdocs.yml noemt '{theme}'. Zet "
        "onder 'theme:' in mkdocs.yml 'name: material' (pakket mkdocs-material).",
        "Leidraad builds on the Material for MkDocs theme, and mkdocs.yml names '{theme}'. Set "
        "'name: material' under 'theme:' in mkdocs.yml (package mkdocs-material).",
    ),
    "missing-extensions": Text(
        "Leidraad heeft deze Markdown-extensies nodig, en mkdocs.yml mist ze: {missing}. Zet ze "
        "onder 'markdown_extensions:' in mkdocs.yml (zie de README, 'Een eigen site').",
        "Leidraad needs these Markdown extensions, and mkdocs.yml lacks them: {missing}. Add "
        "them under 'markdown_extensions:' in mkdocs.yml (see the README).",
    ),
    "no-plugin-macros": Text(
        "De plug-in 'macros' staat niet in mkdocs.yml: actiekaarten() en acties() werken niet, "
        "en op pagina's met 'render_macros: true' blijft {{{{ … }}}} als tekst staan. Zet hem "
        "aan met '- macros' (met render_by_default: false) onder 'plugins:' in mkdocs.yml "
        "(pakket mkdocs-macros-plugin).",
        "The 'macros' plugin is not in mkdocs.yml: actiekaarten() and acties() do not work, and "
        "on pages with 'render_macros: true' {{{{ … }}}} stays as text. Add '- macros' (with "
        "render_by_default: false) under 'plugins:' (package mkdocs-macros-plugin).",
    ),
    "rendered-again": Text(
        "{pages} van de {total} pagina's opnieuw gemaakt (de rest is niet veranderd)",
        "rendered {pages} of {total} pages again (the rest did not change)",
    ),
    "rendered-first": Text(
        "{pages} van de {total} pagina's opnieuw gemaakt; de {left} andere pagina's "
        "die de wijziging tonen (overzichten, menu) volgen direct",
        "rendered {pages} of {total} pages again; the {left} other pages that show "
        "the change (overviews, navigation) follow right away",
    ),
    "port-busy": Text(
        "Poort {port} is al in gebruik (draait er al een preview?). Stop die, of kies een "
        "andere poort: make serve PORT={other}",
        "Port {port} is already in use (is a preview running already?). Stop it, or choose "
        "another port: make serve PORT={other}",
    ),
    "port-busy-no-other": Text(
        "Poort {port} is al in gebruik (draait er al een preview?), en de vijftig poorten erna "
        "ook. Stop een preview, of kies zelf een poort: make serve PORT=<nummer>",
        "Port {port} is already in use (is a preview running already?), and so are the fifty "
        "after it. Stop a preview, or choose a port: make serve PORT=<number>",
    ),
}

# The `principles` command's help (`principles --help`, `principles check --help`, …).
HELP_TEXTS: dict[str, Text] = {
    "description": Text(
        "Leidraad: architectuurprincipes controleren en publiceren. Hulp bij een opdracht: "
        "principles <opdracht> --help",
        "Leidraad: check and publish architecture principles. Help on a command: "
        "principles <command> --help",
    ),
    "commands": Text("opdrachten", "commands"),
    "lang": Text("taal van de meldingen en de hulp (standaard: nl)",
                 "language of the messages and the help (default: nl)"),
    "help": Text("toon deze hulp en stop", "show this help message and exit"),
    "docs-dir": Text("de map met de inhoud (standaard: docs)",
                     "the folder of the content (default: docs)"),
    "check": Text(
        "controleer elk principe, elke rol en elke collectie en toon alle problemen, met "
        "bestand en regel",
        "validate every principle, role and collection; print all problems with file and line",
    ),
    "strict": Text("faal ook op waarschuwingen", "fail on warnings too"),
    "export": Text(
        "schrijf de export (JSON-API, CSV, llms.txt) zonder de site te bouwen",
        "write the export API (JSON, CSV, llms.txt) without building the site",
    ),
    "out": Text("de map om in te schrijven (standaard: export)",
                "folder to write into (default: export)"),
    "site-url": Text(
        "het adres van de site, voor de vaste adressen in de export (standaard: '/', adressen "
        "vanaf de hoofdmap)",
        "the site's address, for canonical URLs (default: '/', root-relative URLs)",
    ),
    "site-name": Text("de naam van de site (standaard: Leidraad)",
                      "the site's name (default: Leidraad)"),
    "init": Text(
        "maak een nieuwe site: mkdocs.yml met de plug-in leidraad, een voorbeeldcollectie met "
        "drie principes, rollen, acties, een Makefile, GitHub-workflows en een README (met "
        "--lang en in het Engels)",
        "create a new site: mkdocs.yml with the leidraad plugin, an example collection of three "
        "principles, roles, actions, a Makefile, GitHub workflows and a README (in English with "
        "--lang en)",
    ),
    "init-folder": Text("de map van de nieuwe site (nieuw of leeg)",
                        "the new site's folder (new or empty)"),
    "new": Text(
        "maak de pagina van een nieuw principe, met het volgende vrije nummer en uitleg bij "
        "elk veld",
        "create a principle page with the next free number and every field explained",
    ),
    "collection": Text("de collectie (de map onder docs), bijvoorbeeld overheid",
                       "collection id, e.g. overheid"),
    "slug": Text(
        "de naam van het nieuwe principe in het adres (kleine letters, woorden verbonden met "
        "'-'), bijvoorbeeld digitale-inclusie",
        "the new principle's slug, e.g. digitale-inclusie",
    ),
    "number": Text("het nummer (standaard: het volgende vrije nummer)",
                   "the number (default: the next free number)"),
    "title": Text("de titel, zonder nummer", "the title without its number"),
    "diff": Text(
        "wat er voor lezers verandert tussen twee git-versies (standaard: versie → wat nu in "
        "de map staat)",
        "what changes for readers between two git refs (default: ref → working tree)",
    ),
    "old": Text("de git-versie van vóór de wijziging, bijvoorbeeld main of HEAD~1",
                "git ref of the old version, e.g. main or HEAD~1"),
    "new-ref": Text("de git-versie van na de wijziging (standaard: wat nu in de map staat)",
                    "git ref of the new version (default: working tree)"),
    "format": Text("de vorm van het verslag (standaard: markdown)",
                   "the report's format (default: markdown)"),
    "old-name": Text("hoe het verslag de oude versie noemt (standaard: de git-versie)",
                     "how the report names the old version (default: the ref)"),
    "new-name": Text("hoe het verslag de nieuwe versie noemt (standaard: de git-versie)",
                     "how the report names the new version (default: the ref)"),
    "import": Text(
        "zet de principes van een andere MkDocs-site om in een collectie: elke pagina wordt "
        "<collectie>/<slug>/index.md, lijsten met gerelateerde pagina's worden 'relations', "
        "en wat geen plaats vindt, staat in het verslag met bestand en regel",
        "turn another MkDocs site's folder of principles into a collection; what finds no "
        "place is reported with file and line",
    ),
    "import-source": Text(
        "de map met de principes van de andere site (pagina's als <naam>.md of "
        "<naam>/index.md)",
        "the other site's folder of principles (pages as <name>.md or <name>/index.md)",
    ),
    "import-collection": Text(
        "de naam van de nieuwe collectie: de map onder docs en het begin van elk adres "
        "(kleine letters, woorden verbonden met '-')",
        "the new collection's id: its folder under docs and the start of every address",
    ),
    "serve": Text(
        "bekijk de site terwijl je schrijft (mkdocs serve); één duidelijke regel als de poort "
        "bezet is",
        "preview the site with mkdocs serve; one clear line when the port is taken",
    ),
    "port": Text("de poort (standaard: 8000)", "the port (default: 8000)"),
    "host": Text("het adres om op te luisteren (standaard: 127.0.0.1)",
                 "the address to listen on (default: 127.0.0.1)"),
    "config-file": Text("het MkDocs-configuratiebestand (standaard: mkdocs.yml)",
                        "the MkDocs configuration file (default: mkdocs.yml)"),
}  # fmt: skip

# Python's argparse writes these words itself (its gettext message ids, Python 3.11 and later);
# in Dutch, `principles` gives them in Dutch. An id not listed stays as argparse wrote it.
ARGPARSE_NL: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "expected one argument": "hier hoort één waarde achter",
    "ambiguous option: %(option)s could match %(matches)s":
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
}  # fmt: skip

SEVERITY_WORDS: dict[bool, Text] = {
    True: Text("fout", "error"),
    False: Text("waarschuwing", "warning"),
}


class _Value:
    """A value in a template: `:w` translates a word, `:hint` makes a suggestion."""

    def __init__(self, value: object, language: Language) -> None:
        self.value, self.language = value, language

    def __format__(self, spec: str) -> str:
        text = str(self.value)
        if spec == "w":
            words = [WORDS.get(part) for part in text.split(" or ")]
            joined = " of " if self.language == "nl" else " or "
            return joined.join(
                word(self.language) if word else part
                for word, part in zip(words, text.split(" or "), strict=True)
            )
        if spec == "hint":
            if not text:
                return ""
            return (
                f" (bedoelde je '{text}'?)"
                if self.language == "nl"
                else f" (did you mean '{text}'?)"
            )
        return format(text, spec)


def render(code: str, values: Mapping[str, object], language: Language = DEFAULT_LANGUAGE) -> str:
    """The text of message `code` with `values`, in `language`."""
    return _fill(MESSAGES[code](language), values, language)


def help_text(name: str, language: Language = DEFAULT_LANGUAGE) -> str:
    """One of `HELP_TEXTS`, in `language`."""
    return HELP_TEXTS[name](language)


def tool_text(name: str, language: Language = DEFAULT_LANGUAGE, /, **values: object) -> str:
    """One of `TOOL_TEXTS` with `values`, in `language`."""
    return _fill(TOOL_TEXTS[name](language), values, language)


def _fill(template: str, values: Mapping[str, object], language: Language) -> str:
    return template.format_map({name: _Value(v, language) for name, v in values.items()})


class _Placeholder:
    """Stands in for every value when a message is shown as a template (`…`)."""

    def __format__(self, spec: str) -> str:
        return " (bedoelde je '…'?)" if spec == "hint" else "…"


class _Placeholders(dict[str, _Placeholder]):
    def __missing__(self, key: str) -> _Placeholder:
        return _Placeholder()


TABLE_START = (
    "<!-- meldingen: gemaakt door `python -m principles.content.messages CONTRIBUTING.md` -->"
)
TABLE_END = "<!-- einde meldingen -->"


def contributing_table() -> str:
    """The Markdown table of every code and its Dutch text, for CONTRIBUTING.md."""
    rows = [
        TABLE_START,
        "",
        "| code | melding (… staat voor wat er in jouw bestand staat) |",
        "|---|---|",
    ]
    for code, text in MESSAGES.items():
        shown = text.nl.format_map(_Placeholders()).replace("|", "\\|")
        rows.append(f"| `{code}` | {shown} |")
    return "\n".join([*rows, "", TABLE_END])


def put_table(path: Path, table: str, start: str, end: str) -> bool:
    """Replace what stands from the marker `start` to `end` in the document at `path` with
    `table` (made between the same markers); True when it changed."""
    text = path.read_text("utf-8")
    before, _, rest = text.partition(start)
    _, _, after = rest.partition(end)
    updated = before + table + after
    if updated != text:
        path.write_text(updated, "utf-8")
    return updated != text


def update_contributing(path: Path) -> bool:
    """Put the current table into the guide at `path`; True when it changed."""
    return put_table(path, contributing_table(), TABLE_START, TABLE_END)


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    import sys

    print("updated" if update_contributing(Path(sys.argv[1])) else "up to date")
