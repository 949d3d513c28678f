"""Writes the HTML captures in this folder (run by hand; review the diff like code).

Seven stories, each as a kind of publisher serves it: a wire service (AP-like), a UK paper
(Guardian-like), a US paper (NYT-like), Reuters, a local WordPress site, a JSON-LD app page and
a Spanish paper (El País-like). The article text is our own invented story (the same as
tests/data/seeds/, written for the tests); the edits between captures are the kinds newsrooms make: silent fixes,
disclosed corrections, updates, a lede rewrite, a moved paragraph, a headline change. Page
furniture (time stamps, "most read" lists, ad slots, share counts, comments) changes between
captures too, and must not show as a change.

Each story folder holds capN.html and expected.json. expected.json is written by hand, not by
this script: it says what a careful reader finds in the captures.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

HERE = Path(__file__).parent


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def write(story: str, n: int, page: str) -> None:
    d = HERE / story
    d.mkdir(exist_ok=True)
    (d / f"cap{n}.html").write_text(page, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# 1. Wire service, AP-like (apnews.com markup: PagePromo rails, bsp-timestamp, RichTextStoryBody)
# ---------------------------------------------------------------------------------------------

AP_HEAD = "Veldra and Marosk agree to reopen border commission after Port Aldine talks"
AP_URL = "https://apnews.com/article/veldra-marosk-border-commission-4f1c2a9e7d3b"
AP_BODY = [
    "TARNHOLM, Veldra (AP) \u2014 Veldra and Marosk agreed Thursday to reopen their joint border commission for the first time in more than six years, the clearest sign yet of a thaw between the two neighbors since Maroskan Premier Ilka Savorin took office and set out to settle the long quarrel over the Halvard Valley.",
    "The commission stopped meeting in the spring of 2019, as relations between Tarnholm and Dunevar soured ahead of the armed clashes in the valley in October 2020. Savorin then campaigned for the premiership on a pledge to swiftly reopen the crossings. Several of her early offers leaned heavily toward Veldra\u2019s position, including handing back two disputed customs posts.",
    "The reopened commission \u201cwill give both sides a standing place to settle quarrels before they reach the checkpoints,\u201d the Coastal League\u2019s mediation office said in a statement. The deal came out of a meeting between senior Veldran and Maroskan interior officials in the capital of the Selvane Islands.",
    "League envoy Bertil Ohandrik, who chairs the Coastal League\u2019s standing committee on frontier disputes, was in Port Aldine, where talks between Veldran, Maroskan and league officials on the valley entered a second day.",
    "Meanwhile, smuggling crews stepped up their trips over the mountain passes in an apparent bid to beat the new checks, while patrols kept watch along the roughly 400-kilometer (250-mile) frontier that winds through the Halvard Valley and the coastal marshes.",
    "<h2>A place to settle quarrels</h2>",
    "The reopening of the commission is meant to cool tensions that flared after the clashes and to keep border units from another confrontation.",
    "In one such confrontation in June 2022, Veldra\u2019s border service said it lost an SD-7 Kestrel drone over Lake Orsa after a pair of Maroskan patrol boats fired flares at it, and then one of the boats rammed the wreckage as it floated in neutral water.",
    "Dunevar has denied that its boats touched the drone, saying it came down on its own after a sudden loss of power. Marosk\u2019s coast guard said its crews were answering an incursion into a fishing zone that Marosk had declared off the Orsa shore.",
    "<h2>Veldra, Marosk swap detainees after talks</h2>",
    "The delegations from Tarnholm and Dunevar were joined Thursday in Port Aldine by Ohandrik and the league\u2019s legal adviser, Mirela Castaven, according to Joran Vellis, Veldra\u2019s deputy interior minister, who took part in the meeting.",
    "Officials have given no details about whether the talks made progress.",
    "Marosk\u2019s Interior Ministry said 64 of its border guards had come home from Veldran custody, along with three Maroskan fishermen held since the November seizure. Veldran officials said 58 Veldran border guards and five civilians were released by Marosk.",
    "<h2>Savorin says 1,200 families still cannot go home</h2>",
    "Maroskan Premier Ilka Savorin said 1,200 families from the valley are still living in temporary housing since the clashes. \u201cAnd many more have quietly stopped counting on going back,\u201d she added in an interview aired late Wednesday by the regional broadcaster Kanal Lumen.",
    "The last time Savorin gave a figure, in the autumn of 2024, she said 1,450 families had yet to return.",
    "Savorin has repeatedly said any settlement must include guarantees from the Coastal League to head off fresh clashes in the valley.",
    "Maroskan boats crossed the Lake Orsa line 14 times overnight, according to Veldra\u2019s coast guard. Two fishermen were hurt, officials said.",
    "Marosk\u2019s coast guard said its crews turned back nine Veldran survey flights overnight over the lake, the marshes and the Halvard Valley, which Veldra leased to Marosk in 1996.",
    "___",
    "Malaquin reported from Port Aldine.",
    "___",
    "Follow AP\u2019s coverage of the Halvard Valley talks at https://apnews.com/hub/halvard-valley",
]
AP_NOTE = ("This story corrects an earlier version that said Veldra leased the Halvard Valley to "
           "Marosk in 1996. The lease was signed in 1994.")
AP_BRUN = ("Also, Ardenan Prime Minister Ottavio Brun said during a visit to Tarnholm that he had "
           "agreed with Veldra to build a shared grain terminal at the port of Karrow.")


def ap_page(body: list[str], stamp: str, more: list[str], ad: str) -> str:
    paras = []
    for k, p in enumerate(body):
        if p.startswith("<h2>"):
            paras.append(p)
        else:
            paras.append(f"<p>{esc(p)}</p>")
        if k == 3:
            paras.append(f'<div class="Advertisement" data-ad-slot="{ad}"><div class="ad-label">'
                         'Advertisement</div></div>')
    promos = "\n".join(
        f'<div class="PagePromo"><div class="PagePromo-title"><a href="https://apnews.com/'
        f'article/{k}"><span class="PagePromoContentIcons-text">{esc(t)}</span></a></div></div>'
        for k, t in enumerate(more))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<title>{esc(AP_HEAD)} | AP News</title>
<link rel="canonical" href="{AP_URL}">
<meta property="og:title" content="{esc(AP_HEAD)}">
<meta property="og:site_name" content="AP News">
<meta property="article:published_time" content="2026-02-05T12:41:07Z">
<meta name="description" content="Veldra and Marosk have agreed to reopen their joint border commission for the first time in more than six years">
</head><body class="StoryPage">
<header class="Page-header"><nav><a href="/world-news">World</a> <a href="/us-news">U.S.</a> <a href="/politics">Politics</a> <a href="/sports">Sports</a></nav></header>
<main class="Page-main">
<div class="Page-breadcrumbs"><a href="/world-news">Nation &amp; World News</a></div>
<div class="StoryPage-lede"><h1 class="Page-headline">{esc(AP_HEAD)}</h1>
<figure class="Figure"><img src="/photo.jpg" alt=""><figcaption class="Figure-caption"><p>Workers repair a customs shed damaged by fire at the Selm crossing on the Veldra-Marosk frontier, Wednesday, Feb. 4, 2026. (AP Photo/Rasmus Tiller)</p></figcaption></figure>
<div class="Page-authors">By <a href="/author/anika-vossberg">ANIKA VOSSBERG</a> and <a href="/author/teodor-malaquin">TEODOR MALAQUIN</a></div>
<div class="Page-dateModified"><bsp-timestamp data-timestamp="1770300000000"><span>{stamp}</span></bsp-timestamp></div>
<div class="Page-actions"><a class="share-facebook">Share</a> <a class="copy-link">Copy Link copied</a></div>
</div>
<div class="RichTextStoryBody RichTextBody">
{chr(10).join(paras)}
</div>
<div class="Page-aboutAuthor"><h3>About the Author</h3><p>ANIKA VOSSBERG and TEODOR MALAQUIN</p></div>
<div class="Page-moreStories"><h2 class="Heading">More Stories</h2>
{promos}
</div>
</main>
<footer class="Page-footer"><p>Copyright 2026 The Associated Press. All Rights Reserved.</p></footer>
</body></html>
"""


def ap() -> None:
    more1 = ["Smuggling crews test the new checks on the Halvard passes",
             "What to know about the Port Aldine talks"]
    more2 = ["Brightwave cuts unregistered Lanthorn phones in the valley",
             "Smuggling crews test the new checks on the Halvard passes",
             "Ardena's Brun visits Tarnholm"]
    write("ap-wire", 1, ap_page(AP_BODY, "Updated 1:14 PM UTC, February 5, 2026", more1, "ad-1"))
    # An hour later: only the stamp, the rail and the ad slot differ.
    write("ap-wire", 2, ap_page(AP_BODY, "Updated 1 hour ago", more2, "ad-7"))
    # The year is corrected and the note goes in under a rule before the "Follow" line.
    fixed = [p.replace("leased to Marosk in 1996", "leased to Marosk in 1994") for p in AP_BODY]
    v3 = fixed[:21] + ["___", AP_NOTE] + fixed[21:]
    write("ap-wire", 3, ap_page(v3, "Updated 5:32 PM UTC, February 5, 2026", more2, "ad-3"))
    # Next morning: a silent count fix, a paragraph added after the crossings, one moved up.
    v4 = [p.replace("Two fishermen were hurt", "Three fishermen were hurt") for p in v3]
    v4.insert(v4.index(next(p for p in v4 if p.startswith("Maroskan boats crossed"))) + 1,
              AP_BRUN)
    guarantees = next(p for p in v4 if p.startswith("Savorin has repeatedly"))
    v4.remove(guarantees)
    v4.insert(v4.index(next(p for p in v4 if p.startswith("Officials have given"))) + 1,
              guarantees)
    write("ap-wire", 4, ap_page(v4, "Updated 9:02 AM UTC, February 6, 2026", more1, "ad-2"))


# ---------------------------------------------------------------------------------------------
# 2. UK paper, Guardian-like (standfirst, "Last modified", "Most viewed", italic footnote)
# ---------------------------------------------------------------------------------------------

GU_URL = ("https://www.theguardian.com/world/2026/feb/05/"
          "veldra-marosk-border-commission-port-aldine-talks")
GU_HEAD = "Veldra and Marosk agree to re-open border commission for first time in six years"
GU_HEAD3 = "Veldra and Marosk revive border commission as Port Aldine talks end without breakthrough"
GU_STANDFIRST = ("Commission, which last met in spring 2019, returns as league-brokered talks on "
                 "the Halvard Valley enter a second day")
GU_BODY = [
    "Veldra and Marosk have agreed to re-open their joint border commission for the first time in more than six years, in the latest sign of a thaw between the neighbours since Maroskan Premier Ilka Savorin took office.",
    "The commission last met in the spring of 2019, little more than a year before fighting broke out in the Halvard Valley in October 2020.",
    "Savorin campaigned on a pledge to swiftly reopen the crossings, now shut for nearly six years. Several of her offers so far have leaned heavily towards Veldra\u2019s position, including handing back two disputed customs posts in any eventual settlement.",
    "The re-opened commission will \u201cgive both sides a standing place to settle quarrels before they reach the checkpoints\u201d, according to a statement from the Coastal League\u2019s mediation office.",
    "The deal was announced after Veldran and Maroskan officials met in the Selvane capital, Port Aldine, where league-brokered talks on the valley were also also taking place. The talks also produced a new detainee swap, as well as an agreement to meet again.",
    "Reopening the commission is an effort to calm tensions that had flared after the clashes, and to avoid fresh confrontations between the two border services.",
    "In one such confrontation, Veldra\u2019s border service said it lost an SD-7 Kingfisher drone over Lake Orsa in June 2022, after a pair of Maroskan patrol boats fired flares at it, and one of the boats then rammed the wreckage in neutral water.",
    "Marosk denied its boats had touched the drone, claiming it came down after losing power. Officials in Dunevaar said the crews were responding to an incursion into a fishing zone Marosk had declared off the Orsa shore.",
    "The delegations from Tarnholm and Dunevar were joined by league envoy Bertil Ohandrik and legal adviser Mirela Castaven, according to Joran Vellis, deputy of Veldra\u2019s Interior Ministry minister, who attended the meeting.",
    "Officials have given no account of whether the talks made progress, in what is the second round of talks held in the city. Delegations from both countries met in Port Aldine last month to explore a settlement after the close of the league\u2019s winter summit in Ostra.",
    "After Thursday\u2019s session, however, Tarnholm and Dunevar announced that they had completed a swap of detainees. Marosk\u2019s Interior Ministry said 64 of its border guards had come home, as well as three fishermen, seized during the trawler dispute in November 2025.",
    "Veldra said that in return it had received 58 border guards from Maroskan custody. Tarnholm said the freed guards were \u201cexhausted\u201d, adding that several needed hospital care.",
    "The swap comes as Premier Ilka Savorin said that 1,200 families from the valley were still in temporary housing. The last time she gave a figure was in the autumn of 2024, when she said 1,450 families had yet to return.",
    "Nearly 9,000 residents have left the valley and about 2,300 homes were damaged from the start of the clashes through to December 2025, according to the Coastal League\u2019s field mission in Selm.",
    "Savorin has repeatedly said that any settlement needs guarantees from the Coastal League to prevent fresh clashes in the valley.",
]
GU_NOTE = ("This article was amended on 5 February 2026 to correct the model of the drone "
           "Veldra\u2019s border service lost over Lake Orsa in June 2022. It was an SD-7 Kestrel, "
           "not an SD-7 Kingfisher.")


def gu_page(head: str, body: list[str], modified: str, most: list[str], note: str = "",
            comments: int = 0) -> str:
    paras = "\n".join(f'<p class="dcr-s23rjr">{esc(p)}</p>' for p in body)
    if note:
        paras += f'\n<p class="dcr-s23rjr"><em>{esc(note)}</em></p>'
    most_html = "\n".join(f'<li class="dcr-most"><a href="/world/{k}"><span class="dcr-num">{k + 1}'
                          f'</span><h4>{esc(t)}</h4></a></li>' for k, t in enumerate(most))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(head)} | Halvard Valley | The Guardian</title>
<link rel="canonical" href="{GU_URL}">
<meta property="og:title" content="{esc(head)}">
<meta property="og:site_name" content="the Guardian">
<meta property="article:published_time" content="2026-02-05T11:20:31.000Z">
<meta property="article:modified_time" content="{modified}">
<meta name="author" content="Guardian staff and agencies">
</head><body>
<a class="dcr-skip" href="#maincontent">Skip to main content</a>
<header><nav data-component="nav2"><ul><li><a href="/">News</a></li><li><a href="/commentisfree">Opinion</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>
<div class="dcr-support">Support the Guardian. Fund independent journalism with \u00a35 per month</div></header>
<main data-layout="StandardLayout"><article>
<div data-gu-name="headline"><h1 class="dcr-headline">{esc(head)}</h1></div>
<div data-gu-name="standfirst"><div class="dcr-standfirst"><p>{esc(GU_STANDFIRST)}</p><ul><li><a href="/world/halvard-valley">Halvard Valley talks \u2013 latest updates</a></li></ul></div></div>
<div data-gu-name="media"><figure><img src="/drone.jpg" alt=""><figcaption><span>An SD-7 Kestrel survey drone at a border service airfield near Selm. Photograph: Rasmus Tiller/AP</span></figcaption></figure></div>
<div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/profile/guardian-staff">Guardian staff and agencies</a></address>
<details class="dcr-dateline"><summary>Thu 5 Feb 2026 11.20 GMT</summary><span>{esc('Last modified on ' + modified)}</span></details>
<div class="dcr-share"><span class="dcr-share-count">{comments} comments</span> <a>Share</a></div></div>
<div data-gu-name="body" id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector dcr-1">
{paras}
</div></div>
<aside data-component="rich-link"><div class="dcr-rich">Explore more on these topics: Veldra, Marosk, Halvard Valley, Europe, news</div></aside>
</article>
<section data-component="most-popular"><h2>Most viewed</h2><ol>{most_html}</ol></section>
</main>
<footer><p>\u00a9 2026 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>
</body></html>
"""


def gu() -> None:
    most1 = ["Live: Winter Olympics day one", "Ministers face questions over rail fares",
             "The best films of 2026 so far"]
    most2 = ["Ministers face questions over rail fares", "Halvard Valley talks live",
             "Bird flu found on Norfolk farm", "The best films of 2026 so far"]
    write("uk-guardian", 1, gu_page(GU_HEAD, GU_BODY, "Thu 5 Feb 2026 11.20 GMT", most1))
    # Same afternoon: the drone's name fixed with a footnote, the misspelt "Dunevaar" quietly.
    v2 = [p.replace("SD-7 Kingfisher", "SD-7 Kestrel").replace("Dunevaar", "Dunevar")
          for p in GU_BODY]
    write("uk-guardian", 2, gu_page(GU_HEAD, v2, "Thu 5 Feb 2026 15.47 GMT", most2, GU_NOTE, 212))
    # Next day: a new headline, Vellis's title fixed silently, the doubled word dropped, the
    # guarantees paragraph moved up under the talks.
    v3 = [p.replace("deputy of Veldra\u2019s Interior Ministry minister",
                    "deputy minister of Veldra\u2019s Interior Ministry")
           .replace("were also also taking place", "were also taking place") for p in v2]
    last = v3.pop()
    v3.insert(10, last)
    write("uk-guardian", 3, gu_page(GU_HEAD3, v3, "Fri 6 Feb 2026 08.05 GMT", most1, GU_NOTE, 389))


# ---------------------------------------------------------------------------------------------
# 3. US paper, NYT-like (live "Updated" stamp, correction in its own block below the story)
# ---------------------------------------------------------------------------------------------

NYT_URL = "https://www.nytimes.com/2026/02/05/world/europe/veldra-marosk-border-commission.html"
NYT_HEAD = "Veldra and Marosk Agree to Revive Border Commission Amid Valley Talks"
NYT_LEDE1 = ("Veldra and Marosk have agreed to reopen their joint border commission following "
             "meetings between senior Veldran, Maroskan and Coastal League officials in Port "
             "Aldine, the league\u2019s mediation office said on Thursday.")
NYT_LEDE2 = ("Veldra and Marosk will revive the joint border commission that stopped meeting "
             "before the clashes in the Halvard Valley, league officials said on Thursday, a step "
             "toward easing tensions that stopped short of any settlement of the dispute.")
NYT_BODY = [
    NYT_LEDE1,
    "The decision came after talks involving Bertil Ohandrik, the league envoy who chairs its committee on frontier disputes, alongside senior interior officials from both countries. According to the statement, the commission is meant to settle quarrels before they reach the checkpoints.",
    "The commission had not met since 2019, shortly before fighting broke out in the Halvard Valley.",
    "Mr. Ohandrik was in the Selvane Islands as league-brokered discussions on the valley entered a second day. The talks took place as smuggling crews stepped up trips over the mountain passes and patrols kept watch along the roughly 400-kilometer frontier.",
    "Premier Ilka Savorin of Marosk said on Wednesday that about 1,200 families from the valley are still in temporary housing, adding that many more have given up hope of going back. The last time she gave a figure, in the autumn of 2024, she said 1,450 families had yet to return.",
    "On Thursday, delegations from Tarnholm and Dunevar were joined in Port Aldine by Mr. Ohandrik and Mirela Castaven, the league\u2019s legal adviser, according to Joran Vellis, Veldra\u2019s deputy interior minister.",
    "Officials offered no details on concrete progress from the latest round.",
    "The toll keeps rising. Frontier Monitor said in a report released Wednesday that smuggling arrests along the frontier rose by 24 percent last year compared with 2024.",
    "Meanwhile, Prime Minister Ottavio Brun of Ardena arrived in Tarnholm on Thursday for an official visit. In the valley, three fishermen were hurt in an overnight confrontation on Lake Orsa, local officials said.",
    "Veldra\u2019s coast guard said Maroskan boats crossed the Lake Orsa line 14 times overnight. Marosk\u2019s coast guard said its crews turned back nine Veldran survey flights over the lake, the marshes and the Halvard Valley, which Veldra leased to Marosk in 1994.",
]
NYT_CORR = ["Correction: Feb. 6, 2026",
            ("An earlier version of this article misstated the number of fishermen hurt in an "
             "overnight confrontation on Lake Orsa. It was two, not three.")]


def nyt_page(body: list[str], stamp: str, popular: list[str], correction: list[str]) -> str:
    paras = "\n".join(f'<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1mxbkk0">'
                      f'<p class="css-at9mc1 evys1bk0">{esc(p)}</p></div></div>' for p in body)
    corr = ""
    if correction:
        corr = ('<div class="css-1nc0oxh" data-testid="correction-block">'
                + "".join(f'<p class="css-1r7ky0e">{esc(c)}</p>' for c in correction)
                + '<p class="css-1r7ky0e"><a href="/corrections">How we handle corrections</a></p></div>')
    pop = "\n".join(f'<li><a href="/2026/02/0{k}/x.html">{esc(t)}</a></li>'
                    for k, t in enumerate(popular))
    return f"""<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article"><head><meta charset="utf-8">
<title>{esc(NYT_HEAD)} - The New York Times</title>
<link rel="canonical" href="{NYT_URL}">
<meta property="og:title" content="{esc(NYT_HEAD)}">
<meta property="og:site_name" content="The New York Times">
<meta property="article:published_time" content="2026-02-05T14:12:40.000Z">
<meta name="byl" content="By Lise Dormand and Pieter Vank">
</head><body>
<div id="app"><a class="css-1j8h5ae" href="#site-content">Skip to content</a><a href="#site-index">Skip to site index</a>
<header class="css-ahe4g0"><span>Europe</span><a href="/subscription">Subscribe for $1/week</a> <a href="/login">Log in</a></header>
<main id="site-content"><article id="story">
<header class="css-1vkm6nb"><h1 data-testid="headline" class="css-1i6v0ti e1h9rw200">{esc(NYT_HEAD)}</h1>
<p id="article-summary" class="css-79rysd">The agreement, announced after talks in Port Aldine, revives a forum that stopped meeting before the clashes in the Halvard Valley.</p>
<div class="css-1nuro5j"><span class="css-1baulvz">By <a href="/by/lise-dormand">Lise Dormand</a> and <a href="/by/pieter-vank">Pieter Vank</a></span></div>
<div class="css-1a1rc4y"><time datetime="2026-02-05T14:12:40.000Z">{stamp}</time></div>
<div class="css-share"><button>Share full article</button><span class="css-count">{len(popular) * 97}</span></div>
</header>
<section name="articleBody" itemprop="articleBody">
{paras}
</section>
{corr}
<div class="bottom-of-article"><p>A version of this article appears in print on Feb. 6, 2026, Section A, Page 9 of the New York edition with the headline: Veldra and Marosk to Revive Border Commission.</p></div>
</article>
<aside><h2>Most Popular</h2><ul>{pop}</ul></aside>
</main></div>
</body></html>
"""


def nyt() -> None:
    pop1 = ["The Morning: A thaw in the valley", "Wordle Review", "How to Watch the Olympics"]
    pop2 = ["Wordle Review", "The Budget, Explained", "The Morning: A thaw in the valley",
            "Spelling Bee Forum"]
    write("us-nyt", 1, nyt_page(NYT_BODY, "Feb. 5, 2026, 9:12 a.m. ET", pop1, []))
    # Evening: the lede is rewritten; the count of injured fixed, with the correction block.
    v2 = [NYT_LEDE2] + [p.replace("three fishermen were hurt", "two fishermen were hurt")
                        for p in NYT_BODY[1:]]
    write("us-nyt", 2, nyt_page(v2, "Updated Feb. 5, 2026, 8:47 p.m. ET", pop2, NYT_CORR))
    # Next morning: only the live stamp and the "Most Popular" rail differ.
    write("us-nyt", 3, nyt_page(v2, "Updated Feb. 6, 2026, 6:03 a.m. ET", pop1, NYT_CORR))


# ---------------------------------------------------------------------------------------------
# 4. Reuters (headline tags, parenthetical notes, "Reporting by" sign-off, Trust Principles)
# ---------------------------------------------------------------------------------------------

RT_URL = ("https://www.reuters.com/world/europe/"
          "veldra-marosk-agree-revive-border-commission-2026-02-05/")
RT_HEAD1 = "UPDATE 1-Veldra, Marosk agree to revive border commission as valley talks continue"
RT_HEAD2 = ("CORRECTED-UPDATE 1-Veldra, Marosk agree to revive border commission as valley talks "
            "continue")
RT_HEAD3 = "UPDATE 2-Veldra, Marosk agree to revive border commission; sides swap detainees"
RT_BODY = [
    "PORT ALDINE, Feb 5 (Reuters) - Veldra and Marosk have agreed to revive their joint border commission, which stopped meeting in 2019, the Coastal League said on Thursday, as talks on the Halvard Valley continued in Port Aldine.",
    "The commission \"will give both sides a standing place to settle quarrels before they reach the checkpoints,\" the league's mediation office said in a statement.",
    "The agreement followed a meeting between senior Veldran and Maroskan interior officials in the Selvane capital, it said.",
    "League envoy Bertil Ohandrik, who chairs its committee on frontier disputes, was in Port Aldine, where the talks between Veldran, Maroskan and league officials were in their third day.",
    "Tarnholm and Dunevar stopped meeting on the commission in spring 2019 as relations soured ahead of armed clashes in the valley in October 2020.",
    "Relations have eased since Maroskan Premier Ilka Savorin took office promising to reopen the crossings quickly, although some Maroskan lawmakers say several of her offers favour Veldra.",
    "The two border services' last major confrontation came in June 2022, when Veldra said it lost an SD-7 Kestrel drone over Lake Orsa after a Maroskan patrol boat fired flares at it.",
    "Smuggling crews stepped up trips over the mountain passes this week, while patrols kept watch along the roughly 400-km (250-mile) frontier.",
]
RT_ADDED = [
    "Veldra and Marosk said after the talks that they had carried out a swap of detainees. Marosk's Interior Ministry said 64 of its border guards had been returned; Tarnholm said 58 Veldran border guards and five civilians had come home.",
    "Maroskan Premier Ilka Savorin said on Wednesday that 1,200 families from the valley were still in temporary housing, down from the 1,450 she cited in the autumn of 2024.",
    "\"Families need to see that the talks lead somewhere,\" Savorin said on social media.",
]
RT_FOOT = ["Reporting by Nils Aberg in Tarnholm and Carla Duvent in Port Aldine; Editing by Rosa "
           "Imbert"]
RT_NOTE2 = "(Corrects paragraph 4 to say talks were in their second day, not third)"
RT_NOTE3 = "(Adds detainee swap, Savorin comments in paragraphs 9-11)"


def rt_page(head: str, note: str, body: list[str], stamp: str, ad: str) -> str:
    parts = []
    if note:
        parts.append(f'<p data-testid="paragraph-0" class="text__text">{esc(note)}</p>')
    for k, p in enumerate(body):
        parts.append(f'<div data-testid="paragraph-{k + 1}" class="article-body__paragraph">{esc(p)}</div>')
        if k == 2:
            parts.append(f'<div class="ad-slot" data-testid="ad-slot-{ad}"><span>Advertisement \u00b7 Scroll to continue</span></div>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(head)} | Reuters</title>
<link rel="canonical" href="{RT_URL}">
<meta property="og:title" content="{esc(head)}">
<meta property="og:site_name" content="Reuters">
<meta property="article:published_time" content="2026-02-05T13:05:12Z">
</head><body>
<header class="site-header"><nav><a href="/world/">World</a><a href="/business/">Business</a><a href="/markets/">Markets</a><a href="/sustainability/">Sustainability</a></nav></header>
<main id="main-content"><article class="article__container">
<header class="article-header"><h1 data-testid="Heading">{esc(head)}</h1>
<div class="article-header__dateline"><time data-testid="Body"><span>{stamp}</span></time><span>Updated</span></div>
<div class="article-header__author">By Reuters</div></header>
<div class="article-body__content" data-testid="ArticleBody">
{chr(10).join(parts)}
{''.join(f'<p class="sign-off">{esc(f)}</p>' for f in RT_FOOT)}
</div>
<div class="trust-badge"><p>Our Standards: The Thomson Reuters Trust Principles.</p><a>opens new tab</a></div>
</article>
<aside><h2>Read Next</h2><ul><li>Grain prices steady as traders weigh the valley thaw</li></ul></aside>
</main>
</body></html>
"""


def rt() -> None:
    write("reuters", 1, rt_page(RT_HEAD1, "", RT_BODY, "February 5, 2026 1:05 PM UTC", "1"))
    v2 = [p.replace("in their third day", "in their second day") for p in RT_BODY]
    write("reuters", 2, rt_page(RT_HEAD2, RT_NOTE2, v2, "February 5, 2026 2:40 PM UTC", "4"))
    # UPDATE 2: detainee swap and Savorin paragraphs added as 9-11 (the advisory names them),
    # the frontier's length changed without a word.
    v3 = [p.replace("400-km (250-mile)", "450-km (280-mile)") for p in v2] + RT_ADDED
    write("reuters", 3, rt_page(RT_HEAD3, RT_NOTE3, v3, "February 5, 2026 5:58 PM UTC", "2"))


# ---------------------------------------------------------------------------------------------
# 5. Local news on WordPress (share bar, RELATED links and ads inside the body, comments)
# ---------------------------------------------------------------------------------------------

WP_URL = "https://www.lakeshorecourier.com/2026/02/05/veldra-marosk-border-commission/"
WP_HEAD = "Veldra, Marosk agree to revive border commission as valley talks go on"
WP_BODY = [
    "Veldra and Marosk have agreed to reopen their joint border commission following meetings between senior Veldran, Maroskan and Coastal League officials in Port Aldine, the league\u2019s mediation office said on Thursday.",
    "The decision came after talks involving Bertil Ohandrik, the league envoy who chairs its committee on frontier disputes, alongside senior interior officials from both countries.",
    "RELATED: {related}",
    "The commission had not met since 2019, shortly before fighting broke out in the Halvard Valley.",
    "Maroskan Premier Ilka Savorin said on Wednesday that about 1,200 families from the valley are still in temporary housing. The last time she gave a figure, in the autumn of 2024, she said 1,450 families had yet to return.",
    "Savorin has often stressed that any deal needs firm guarantees from the Coastal League.",
    "The toll keeps rising. Frontier Monitor said in a report released Wednesday that smuggling arrests along the frontier rose by 24 percent last year compared with 2024.",
    "Meanwhile, Ardenan Prime Minister Ottavio Brun arrived in Tarnholm on Thursday for an official visit. In the valley, two fishermen were hurt in an overnight confrontation on Lake Orsa, local officials said.",
    "Local families with relatives in the valley said they were watching the talks closely. \u201cEvery day without news is hard,\u201d said Greta Holm of Port Clinton, whose brother farms near Selm.",
]
WP_UPDATE = ("UPDATE, 4:45 p.m.: This story has been updated with the Veldran coast guard\u2019s "
             "account of the overnight confrontation.")
WP_COAST = ("Veldra\u2019s coast guard said Maroskan boats crossed the Lake Orsa line 14 times "
            "overnight. Marosk\u2019s coast guard said its crews turned back nine Veldran survey "
            "flights over the lake.")


def wp_page(body: list[str], related: str, shares: int, comments: list[tuple[str, str]],
            ad: str) -> str:
    parts = []
    for k, p in enumerate(body):
        if p.startswith("RELATED:"):
            parts.append(f'<p><strong>RELATED: <a href="/2026/02/04/halvard-valley/">{esc(related)}</a></strong></p>')
        else:
            parts.append(f"<p>{esc(p)}</p>")
        if k in (1, 5):
            parts.append(f'<div class="code-block code-block-{k}" style="margin:8px auto;"><div class="adsbygoogle" data-ad-slot="{ad}{k}"><p class="ad-label">ADVERTISEMENT</p></div></div>')
    share = (f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">'
             f'<h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook">Facebook</a></li>'
             f'<li><a class="share-twitter">X</a></li><li><a class="share-email">Email</a></li></ul>'
             f'<span class="share-count">{shares} Shares</span></div></div>')
    com = "\n".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta">'
                    f'<b class="fn">{esc(a)}</b> says:</footer><div class="comment-content"><p>{esc(t)}</p>'
                    f'</div><div class="reply"><a class="comment-reply-link">Reply</a></div></article></li>'
                    for a, t in comments)
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>{esc(WP_HEAD)} &#8211; The Lakeshore Courier</title>
<link rel="canonical" href="{WP_URL}">
<meta property="og:title" content="{esc(WP_HEAD)}">
<meta property="og:site_name" content="The Lakeshore Courier">
<meta property="article:published_time" content="2026-02-05T16:10:00+00:00">
<link rel="stylesheet" href="/wp-content/themes/newspack/style.css">
</head><body class="post-template-default single single-post postid-48211">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead"><div class="site-branding"><p class="site-title">The Lakeshore Courier</p><p class="site-description">News for Ottawa County since 1874</p></div>
<nav id="site-navigation"><ul><li>News</li><li>Sports</li><li>Obituaries</li><li>E-Edition</li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48211" class="post-48211 post type-post status-publish format-standard category-world">
<header class="entry-header"><span class="cat-links"><a href="/category/world/">World</a></span>
<h1 class="entry-title">{esc(WP_HEAD)}</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/staff/">Courier staff and wire reports</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-02-05T16:10:00+00:00">February 5, 2026</time></span></div></header>
{share}
<div class="entry-content">
{chr(10).join(parts)}
</div>
{share}
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><p>{esc(related)}</p><p>School board delays vote on bus routes</p></div>
<footer class="entry-footer"><span class="tags-links">Tagged <a>Veldra</a>, <a>Marosk</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} thoughts on &ldquo;{esc(WP_HEAD)}&rdquo;</h2>
<ol class="comment-list">{com}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Most Read</h2><ul><li>Ice fishing season opens early</li><li>Port Clinton council race heats up</li></ul></section></aside>
</div>
<footer id="colophon"><p>&copy; 2026 The Lakeshore Courier. Proudly powered by WordPress.</p></footer></div>
</body></html>
"""


def wp() -> None:
    c1 = [("Dave K.", "About time they started talking again.")]
    c2 = c1 + [("Marge", "Correction: the article should say the lease was signed in 1994, not 1996, you guys keep getting this wrong!"),
               ("Tom R.", "Updated: still no deal. Why would Dunevar listen?")]
    body = [p for p in WP_BODY]
    write("local-wp", 1, wp_page(body, "Talks resume in Port Aldine", 14, c1, "11"))
    # Evening: comments, share count, the related link and the ad slots changed, nothing else.
    write("local-wp", 2, wp_page(body, "Savorin: 1,200 families still displaced", 212, c2, "37"))
    # Next day: an update line on top, the coast guard paragraph added, and the arrests share
    # changed without a note.
    v3 = [WP_UPDATE] + [p.replace("24 percent", "25 percent") for p in body]
    v3.insert(v3.index(next(p for p in v3 if p.startswith("Meanwhile"))) + 1, WP_COAST)
    write("local-wp", 3, wp_page(v3, "Savorin: 1,200 families still displaced", 486, c2, "52"))


# ---------------------------------------------------------------------------------------------
# 6. App page: the text lives in JSON-LD articleBody (and the app's state); the HTML is a shell
# ---------------------------------------------------------------------------------------------

APP_URL = ("https://www.worldwirenow.com/news/"
           "veldra-marosk-border-commission-port-aldine-9817234")
APP_HEAD = "Veldra and Marosk agree to reopen border commission after Port Aldine talks"
APP_BODY = [p for p in AP_BODY if not p.startswith(("<h2>", "___", "Follow AP"))]
APP_BODY = [p.replace("leased to Marosk in 1996", "leased to Marosk in 1994") for p in APP_BODY]
APP_BODY = [p.replace("she said 1,450", "she said 1,540") for p in APP_BODY]
APP_NOTE = ("Correction: An earlier version of this story misstated the number of families "
            "Savorin said had yet to return as of autumn 2024. It was 1,450, not 1,540.")


def app_page(body: list[str], modified: str, ago: str, trending: list[str]) -> str:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "WorldWire Now", "url": "https://www.worldwirenow.com/"},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "News", "item": "https://www.worldwirenow.com/news"}]},
            {"@type": "NewsArticle", "headline": APP_HEAD,
             "mainEntityOfPage": APP_URL, "datePublished": "2026-02-05T12:50:00Z",
             "dateModified": modified, "inLanguage": "en-US",
             "author": [{"@type": "Person", "name": "Anika Vossberg"},
                        {"@type": "Person", "name": "Teodor Malaquin"}],
             "publisher": {"@type": "Organization", "name": "WorldWire Now"},
             "articleBody": "\n\n".join(body),
             "isAccessibleForFree": False},
        ],
    }
    state = {"props": {"pageProps": {"article": {"id": 9817234, "title": APP_HEAD,
                                                   "updatedAgo": ago, "trending": trending}}}}
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(APP_HEAD)} | WorldWire Now</title>
<link rel="canonical" href="{APP_URL}">
<meta property="og:title" content="{esc(APP_HEAD)}">
<meta property="og:site_name" content="WorldWire Now">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="preload" href="/_next/static/chunks/main-4f1e.js" as="script">
</head><body>
<div id="__next"><div class="app-shell">
<header class="top-bar"><a href="/">WorldWire Now</a><button>Menu</button><a href="/subscribe">Subscribe</a></header>
<main><article class="story"><h1 class="story-title">{esc(APP_HEAD)}</h1>
<div class="story-meta"><span>By Anika Vossberg and Teodor Malaquin</span> <span class="ago">{esc(ago)}</span></div>
<p class="story-teaser">{esc(body[0])}</p>
<div class="paywall"><p>Continue reading with a WorldWire Now subscription.</p><button>Subscribe</button></div>
</article>
<section class="trending"><h2>Trending</h2><ol>{''.join(f'<li>{esc(t)}</li>' for t in trending)}</ol></section>
</main></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>
<script src="/_next/static/chunks/main-4f1e.js" defer></script>
</body></html>
"""


def app() -> None:
    t1 = ["Lanthorn phones cut in the valley", "Brun in Tarnholm"]
    t2 = ["Brun in Tarnholm", "Fuel prices jump", "Lanthorn phones cut in the valley"]
    write("app-jsonld", 1, app_page(APP_BODY, "2026-02-05T12:50:00Z", "Updated 12 mins ago", t1))
    # The figure is fixed without a word, then a correction is appended a day later.
    v2 = [p.replace("she said 1,540", "she said 1,450") for p in APP_BODY]
    write("app-jsonld", 2, app_page(v2, "2026-02-05T16:02:00Z", "Updated 1 hour ago", t2))
    write("app-jsonld", 3, app_page(v2 + [APP_NOTE], "2026-02-06T10:30:00Z", "Updated just now", t1))


# ---------------------------------------------------------------------------------------------
# 7. Spanish paper, El País-like ("Actualizado" stamps, "Fe de errores" box under the text)
# ---------------------------------------------------------------------------------------------

ES_URL = ("https://elpais.com/internacional/2026-02-05/veldra-y-marosk-acuerdan-reabrir-la-"
          "comision-fronteriza.html")
ES_HEAD = "Veldra y Marosk acuerdan reabrir la comisión fronteriza tras las negociaciones de Port Aldine"
ES_SUB = ("Es la primera vez en más de seis años que ambos vecinos reactivan la comisión, que "
          "dejó de reunirse en la primavera de 2019")
ES_BODY = [
    "Veldra y Marosk acordaron este jueves reabrir su comisión fronteriza conjunta por primera vez en más de seis años, en una nueva señal del deshielo entre ambos vecinos desde que la primera ministra maroskana, Ilka Savorin, asumió el cargo con la promesa de resolver la disputa por el valle de Halvard.",
    "La comisión dejó de reunirse en la primavera de 2019, cuando empeoraron las relaciones entre Tarnholm y Dunevar antes de los enfrentamientos armados en el valle, que estallaron en octubre de 2020.",
    "La comisión reabierta “dará a ambas partes un lugar estable para resolver sus disputas antes de que lleguen a los puestos de control”, señaló la oficina de mediación de la Liga Costera en un comunicado. El acuerdo surgió de una reunión entre altos cargos de Interior de ambos países en Port Aldine.",
    "El enviado de la Liga, Bertil Ohandrik, que preside su comité de disputas fronterizas, se encontraba en la capital de las islas Selvane, donde las conversaciones entre representantes veldranos, maroskanos y de la Liga entraron en su segundo día.",
    "Tras la reunión, ambos gobiernos llevaron a cabo un intercambio de detenidos. El Ministerio del Interior de Marosk afirmó que 64 guardias fronterizos regresaron de la custodia veldrana; Tarnholm informó de la vuelta de 58 guardias y cinco civiles.",
    "La primera ministra Savorin aseguró que 1.200 familias del valle siguen en viviendas provisionales. En el otoño de 2024 había cifrado en 1.450 las familias que no habían podido volver.",
    "Embarcaciones maroskanas cruzaron 14 veces durante la noche la línea del lago Orsa, según la guardia costera de Veldra. La guardia costera de Marosk dijo haber rechazado nueve vuelos de reconocimiento veldranos sobre el lago, las marismas y el valle de Halvard, que Veldra arrendó a Marosk en 1996.",
]
ES_NOTE = ["Fe de errores",
           ("Una versión anterior de este artículo decía que Veldra arrendó el valle de Halvard a "
            "Marosk en 1996. El arrendamiento se firmó en 1994.")]


def es_page(body: list[str], stamp: str, mas_leidas: list[str], note: list[str]) -> str:
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in body)
    fe = ""
    if note:
        fe = ('<div class="a_ed"><h3 class="a_ed_t">' + esc(note[0]) + "</h3>"
              + "".join(f'<p class="a_ed_p">{esc(n)}</p>' for n in note[1:]) + "</div>")
    ml = "".join(f"<li><a>{esc(t)}</a></li>" for t in mas_leidas)
    return f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<title>{esc(ES_HEAD)} | Internacional | EL PAÍS</title>
<link rel="canonical" href="{ES_URL}">
<meta property="og:title" content="{esc(ES_HEAD)}">
<meta property="og:site_name" content="El País">
<meta property="article:published_time" content="2026-02-05T13:30:00+01:00">
</head><body>
<header class="_g"><nav><a>Internacional</a><a>Opinión</a><a>España</a><a>Economía</a></nav><a class="_btn">Suscríbete</a></header>
<main><article class="a">
<header class="a_e"><h1 class="a_t">{esc(ES_HEAD)}</h1><h2 class="a_st">{esc(ES_SUB)}</h2>
<div class="a_md"><div class="a_md_a"><a>Agencias</a></div><div class="a_md_f"><span>Port Aldine</span> - <time>{esc(stamp)}</time></div>
<div class="a_sh"><a>Compartir en Whatsapp</a><a>Compartir en Facebook</a><a>Copiar enlace</a></div></div></header>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
{paras}
</div>
{fe}
<div class="a_k"><a>Veldra</a><a>Marosk</a><a>Liga Costera</a></div>
<div class="w_rs"><p>Se adhiere a los criterios de The Trust Project</p></div>
</article>
<section class="b_ml"><h2>Lo más visto</h2><ol>{ml}</ol></section>
</main>
<footer><p>© EDICIONES EL PAÍS S.L.</p></footer>
</body></html>
"""


def es() -> None:
    ml1 = ["La Bolsa cae un 2%", "Muere el actor...", "El tiempo: borrasca en el norte"]
    ml2 = ["Savorin cifra en 1.200 las familias desplazadas", "La Bolsa cae un 2%"]
    write("es-elpais", 1, es_page(ES_BODY, "05 feb 2026 - 13:30 CET", ml1, []))
    v2 = [p.replace("a Marosk en 1996", "a Marosk en 1994") for p in ES_BODY]
    write("es-elpais", 2, es_page(v2, "Actualizado: 05 feb 2026 - 17:12 CET", ml2, ES_NOTE))
    # Next day: the number of crossings changed, silently.
    v3 = [p.replace("14 veces", "16 veces") for p in v2]
    write("es-elpais", 3, es_page(v3, "Actualizado: 06 feb 2026 - 09:40 CET", ml1, ES_NOTE))


if __name__ == "__main__":
    ap()
    gu()
    nyt()
    rt()
    wp()
    app()
    es()
