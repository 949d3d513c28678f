"""Writes the HTML captures in this folder (run by hand; review the diff like code).

Seven stories, each as a kind of publisher serves it: a wire service (AP-like), a UK paper
(Guardian-like), a US paper (NYT-like), Reuters, a local WordPress site, a JSON-LD app page and
a Spanish paper (El País-like). The article text is the seeds' real text
(tests/data/seeds/); the edits between captures are the kinds newsrooms make: silent fixes,
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

AP_HEAD = "US and Russia agree to reestablish military dialogue after Ukraine talks"
AP_URL = "https://apnews.com/article/russia-ukraine-war-military-dialogue-4f1c2a9e7d3b"
AP_BODY = [
    "KYIV, Ukraine (AP) \u2014 The U.S. and Russia agreed Thursday to reestablish high-level military dialogue for the first time in more than four years in another sign of warming relations between the two countries since President Donald Trump returned to office and sought to end the war in Ukraine.",
    "High-level military communication was suspended in late 2021, as tension between Moscow and Washington rose ahead of the full-scale Russian invasion of Ukraine in February 2022. Trump then campaigned for a second term on promises that he would swiftly end the fighting. Many of his proposals for peace have heavily favored the Kremlin, including requiring Ukraine to cede territory to Russia.",
    "The restored communication channel \u201cwill provide a consistent military-to-military contact as the parties continue to work towards a lasting peace,\u201d the U.S. European Command said in a statement. The agreement emerged from a meeting between senior Russian and American military officials in the capital of the United Arab Emirates.",
    "U.S. Gen. Alexus Grynkewich, who is the commander in Europe of both U.S. and NATO forces, was in Abu Dhabi, where talks between American, Russian and Ukrainian officials on ending the war entered a second day.",
    "Meanwhile, Moscow escalated its attacks on Ukraine\u2019s power grid in an apparent effort to deny civilians power and to weaken public support for the fight, while hostilities continued along the roughly 1,000-kilometer (600-mile) front line snaking through eastern and southern parts of Ukraine.",
    "<h2>An effort to ease tensions</h2>",
    "The resumption of the military hotline marks an effort to ease tensions that soared after the start of the war and to avoid collisions between Russian and U.S. forces.",
    "In one such incident in March 2023, the American military said it ditched an Air Force MQ-9 Reaper drone in the Black Sea after a pair of Russian fighter jets dumped fuel on it, and then one of them struck its propeller while flying in international airspace.",
    "Moscow has denied that its warplanes hit the drone, alleging that it crashed while making a sharp maneuver. The Kremlin said its aircraft reacted to a violation of a no-fly zone Russia has established in the area near Crimea.",
    "<h2>Russia, Ukraine exchange prisoners following talks</h2>",
    "The delegations from Moscow and Kyiv were joined Thursday in Abu Dhabi by U.S. special envoy Steve Witkoff and Trump\u2019s son-in-law Jared Kushner, according to Rustem Umerov, Ukraine\u2019s National Security and Defense Council chief, who was present at the meeting.",
    "Officials have provided no information about any progress in the discussions.",
    "The Russian Defense Ministry said it brought 157 Russian servicemen back from Ukrainian captivity, as well as three Russian nationals captured during Kyiv's incursion into Russia's Kursk region. Ukrainian officials said 150 Ukrainian servicemen and seven civilians returned from Russian captivity.",
    "<h2>Zelenskyy says 55,000 Ukrainian troops killed in the war</h2>",
    "Ukrainian President Volodymyr Zelenskyy said 55,000 Ukrainian troops have died since Russia\u2019s invasion. \u201cAnd there is a large number of people whom Ukraine considers missing,\u201d he added in an interview broadcast late Wednesday by French TV channel France 2.",
    "The last time Zelenskyy gave a figure for battlefield deaths, in early 2025, he said 46,000 Ukrainian troops had been killed.",
    "Zelenskyy has repeatedly said his country needs security guarantees from the U.S. and Europe to deter any postwar Russian attacks.",
    "Russia fired 183 drones and two ballistic missiles at Ukraine overnight, according to the Ukrainian air force. Three people were injured, officials said.",
    "The Russian Defense Ministry said its air defenses downed 95 Ukrainian drones overnight over several regions, the Azov Sea and Crimea, which Russia illegally annexed in 2016.",
    "___",
    "Burrows reported from London.",
    "___",
    "Follow AP\u2019s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine",
]
AP_NOTE = ("This story corrects an earlier version that said Russia illegally annexed Crimea in "
           "2016. The annexation happened in 2014.")
AP_TUSK = ("Also, Polish Prime Minister Donald Tusk said during a visit to Kyiv that he agreed "
           "with Zelenskyy to develop the joint production of ammunition at plants in their "
           "countries.")


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
<meta name="description" content="The U.S. and Russia have agreed to reestablish high-level, military-to-military dialogue for the first time in more than four years">
</head><body class="StoryPage">
<header class="Page-header"><nav><a href="/world-news">World</a> <a href="/us-news">U.S.</a> <a href="/politics">Politics</a> <a href="/sports">Sports</a></nav></header>
<main class="Page-main">
<div class="Page-breadcrumbs"><a href="/world-news">Nation &amp; World News</a></div>
<div class="StoryPage-lede"><h1 class="Page-headline">{esc(AP_HEAD)}</h1>
<figure class="Figure"><img src="/photo.jpg" alt=""><figcaption class="Figure-caption"><p>Workers clean up damage at Darnytsia Thermal Power Plant after a Russian attack in Kyiv, Ukraine, Wednesday, Feb. 4, 2026. (AP Photo/Sergei Grits)</p></figcaption></figure>
<div class="Page-authors">By <a href="/author/kamila-hrabchuk">KAMILA HRABCHUK</a> and <a href="/author/emma-burrows">EMMA BURROWS</a></div>
<div class="Page-dateModified"><bsp-timestamp data-timestamp="1770300000000"><span>{stamp}</span></bsp-timestamp></div>
<div class="Page-actions"><a class="share-facebook">Share</a> <a class="copy-link">Copy Link copied</a></div>
</div>
<div class="RichTextStoryBody RichTextBody">
{chr(10).join(paras)}
</div>
<div class="Page-aboutAuthor"><h3>About the Author</h3><p>KAMILA HRABCHUK and EMMA BURROWS</p></div>
<div class="Page-moreStories"><h2 class="Heading">More Stories</h2>
{promos}
</div>
</main>
<footer class="Page-footer"><p>Copyright 2026 The Associated Press. All Rights Reserved.</p></footer>
</body></html>
"""


def ap() -> None:
    more1 = ["Ukraine's power grid buckles under new Russian strikes",
             "What to know about the Abu Dhabi peace talks"]
    more2 = ["Musk's SpaceX cuts Russian access to Starlink on front line",
             "Ukraine's power grid buckles under new Russian strikes",
             "Poland's Tusk visits Kyiv"]
    write("ap-wire", 1, ap_page(AP_BODY, "Updated 1:14 PM UTC, February 5, 2026", more1, "ad-1"))
    # An hour later: only the stamp, the rail and the ad slot differ.
    write("ap-wire", 2, ap_page(AP_BODY, "Updated 1 hour ago", more2, "ad-7"))
    # The year is corrected and the AP's note goes in under a rule before the "Follow" line.
    fixed = [p.replace("annexed in 2016", "annexed in 2014") for p in AP_BODY]
    v3 = fixed[:21] + ["___", AP_NOTE] + fixed[21:]
    write("ap-wire", 3, ap_page(v3, "Updated 5:32 PM UTC, February 5, 2026", more2, "ad-3"))
    # Next morning: a silent casualty fix, a paragraph added after the strikes, one moved up.
    v4 = [p.replace("Three people were injured", "Four people were injured") for p in v3]
    v4.insert(v4.index(next(p for p in v4 if p.startswith("Russia fired"))) + 1, AP_TUSK)
    guarantees = next(p for p in v4 if p.startswith("Zelenskyy has repeatedly"))
    v4.remove(guarantees)
    v4.insert(v4.index(next(p for p in v4 if p.startswith("Officials have provided"))) + 1,
              guarantees)
    write("ap-wire", 4, ap_page(v4, "Updated 9:02 AM UTC, February 6, 2026", more1, "ad-2"))


# ---------------------------------------------------------------------------------------------
# 2. UK paper, Guardian-like (standfirst, "Last modified", "Most viewed", italic footnote)
# ---------------------------------------------------------------------------------------------

GU_URL = "https://www.theguardian.com/world/2026/feb/05/us-russia-military-dialogue-abu-dhabi-talks"
GU_HEAD = "US and Russia agree to re-establish military dialogue for first time in four years"
GU_HEAD3 = "US and Russia restore military hotline as Abu Dhabi talks end without breakthrough"
GU_STANDFIRST = ("Resumption of high-level contact, suspended in late 2021, comes as trilateral "
                 "talks on ending the war in Ukraine enter a second day")
GU_BODY = [
    "The US and Russia have agreed to re-establish high-level military dialogue for the first time in more than four years in another sign of warming relations between the two countries since US President Donald Trump returned to the Oval Office.",
    "High-level military communication was suspended in late 2021 between Washington and Moscow, just months before the Kremlin launched its full-scale invasion of Ukraine in February 2022.",
    "Trump campaigned on bringing the war, nearing its fourth anniversary, to a swift end. Many of his proposals so far have heavily favoured the Kremlin, including requiring Ukraine to cede territory to Russia in any potential ceasefire agreement.",
    "The restored communication channels will \u201cprovide a consistent military-to-military contact as the parties continue to work towards a lasting peace\u201d, according to a statement by the US European Command.",
    "The agreement was announced after US and Russian officials held talks in the Emirati capital, Abu Dhabi, where trilateral talks involving Ukraine, aimed at ending the war were taking also taking place. The trilateral talks produced a new prisoner swap deal, as well as an agreement on future talks.",
    "The resumption of military hotlines marks an effort to ease tensions that had soared after Moscow launched its war, and to avoid collisions between the United States and Russia.",
    "In one such incident, the US military said it had to ditch an MQ-9 Breacher drone in the Black Sea in March 2023, after a pair of Russian fighter jets dumped fuel on it, and then one of them struck its propeller as it flew in international airspace.",
    "Moscow denied its planes hit the drone, alleging that it had crashed while making a sharp manoeuvre. The Kremling said its forces responded to a violation of a no-fly zone it had established in the area near Crimea.",
    "The delegations from Moscow and Kyiv were joined by US special envoy Steve Witkoff and Trump\u2019s son-in-law Jared Kushner, according to Rustem Umerov, head of Ukraine\u2019s National Security and Defence Council chief, who was present at the meeting.",
    "Officials have provided no details about any progress in the discussions, in what is the second round of talks to take place in the same location. Delegations from Russia, Ukraine and the US met in Abu Dhabi last month to explore peace options after the conclusion of the World Economic Forum in Davos.",
    "After the talks on Thursday however, Moscow and Kyiv announced that they had reached a prisoner swap deal. The Russian Defence Ministry said it brought 157 captured servicemen, as well as three Russian nationals from Ukraine, captured during Kyiv\u2019s incursion in the Russian Kursk region in August 2024.",
    "Ukraine said that in return it has received 150 service members who returned from Russian captivity. Kyiv said that overall, the released servicemen were in \u201cdifficult psychological conditions\u201d, adding that some were even critically underweight.",
    "The exchange comes as Ukraine\u2019s President Volodymyr Zelenskyy announced that 55,000 Ukrainian troops had been killed in combat during the course of Russia\u2019s invasion. The last time the Ukrainian leader provided an exact figure was early in 2025, where he shared that 46,000 soldiers were killed.",
    "Almost 15,000 Ukrainian civilians have been killed and just over 40,000 were wounded since the start of the war through to December 2025, according to the United Nations Human Rights Monitoring Mission in Ukraine.",
    "Zelenskyy has repeatedly said his country needs security guarantees from the US and Europe to deter any postwar Russian attacks.",
]
GU_NOTE = ("This article was amended on 5 February 2026 to correct the model of the drone the US "
           "military ditched in the Black Sea in March 2023. It was an MQ-9 Reaper, not an MQ-9 "
           "Breacher.")


def gu_page(head: str, body: list[str], modified: str, most: list[str], note: str = "",
            comments: int = 0) -> str:
    paras = "\n".join(f'<p class="dcr-s23rjr">{esc(p)}</p>' for p in body)
    if note:
        paras += f'\n<p class="dcr-s23rjr"><em>{esc(note)}</em></p>'
    most_html = "\n".join(f'<li class="dcr-most"><a href="/world/{k}"><span class="dcr-num">{k + 1}'
                          f'</span><h4>{esc(t)}</h4></a></li>' for k, t in enumerate(most))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(head)} | Ukraine | The Guardian</title>
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
<div data-gu-name="standfirst"><div class="dcr-standfirst"><p>{esc(GU_STANDFIRST)}</p><ul><li><a href="/world/ukraine">Ukraine war \u2013 latest updates</a></li></ul></div></div>
<div data-gu-name="media"><figure><img src="/drone.jpg" alt=""><figcaption><span>An MQ-9 Reaper drone at Creech air force base in Nevada. Photograph: Isaac Brekken/AP</span></figcaption></figure></div>
<div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/profile/guardian-staff">Guardian staff and agencies</a></address>
<details class="dcr-dateline"><summary>Thu 5 Feb 2026 11.20 GMT</summary><span>{esc('Last modified on ' + modified)}</span></details>
<div class="dcr-share"><span class="dcr-share-count">{comments} comments</span> <a>Share</a></div></div>
<div data-gu-name="body" id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector dcr-1">
{paras}
</div></div>
<aside data-component="rich-link"><div class="dcr-rich">Explore more on these topics: Ukraine, Russia, US military, Europe, news</div></aside>
</article>
<section data-component="most-popular"><h2>Most viewed</h2><ol>{most_html}</ol></section>
</main>
<footer><p>\u00a9 2026 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>
</body></html>
"""


def gu() -> None:
    most1 = ["Live: Winter Olympics day one", "Starmer faces questions over Mandelson",
             "The best films of 2026 so far"]
    most2 = ["Starmer faces questions over Mandelson", "Ukraine war live",
             "Bird flu found on Norfolk farm", "The best films of 2026 so far"]
    write("uk-guardian", 1, gu_page(GU_HEAD, GU_BODY, "Thu 5 Feb 2026 11.20 GMT", most1))
    # Same afternoon: the drone's name fixed with a footnote, the "Kremling" typo fixed quietly.
    v2 = [p.replace("MQ-9 Breacher", "MQ-9 Reaper").replace("Kremling", "Kremlin")
          for p in GU_BODY]
    write("uk-guardian", 2, gu_page(GU_HEAD, v2, "Thu 5 Feb 2026 15.47 GMT", most2, GU_NOTE, 212))
    # Next day: a new headline, Umerov's title fixed silently, the doubled word dropped, the
    # security-guarantees paragraph moved up under the talks.
    v3 = [p.replace("head of Ukraine\u2019s National Security and Defence Council chief",
                    "secretary of Ukraine\u2019s National Security and Defence Council")
           .replace("were taking also taking place", "were also taking place") for p in v2]
    last = v3.pop()
    v3.insert(10, last)
    write("uk-guardian", 3, gu_page(GU_HEAD3, v3, "Fri 6 Feb 2026 08.05 GMT", most1, GU_NOTE, 389))


# ---------------------------------------------------------------------------------------------
# 3. US paper, NYT-like (live "Updated" stamp, correction in its own block below the story)
# ---------------------------------------------------------------------------------------------

NYT_URL = "https://www.nytimes.com/2026/02/05/world/europe/us-russia-military-talks-ukraine.html"
NYT_HEAD = "U.S. and Russia Agree to Restore Military Contacts Amid Ukraine Talks"
NYT_LEDE1 = ("The United States and Russia have agreed to reestablish high-level "
             "military-to-military communication following meetings between senior American, "
             "Russian and Ukrainian officials in Abu Dhabi, the U.S. European Command said on "
             "Thursday.")
NYT_LEDE2 = ("The United States and Russia will resume direct military-to-military contacts "
             "that were cut off before the full-scale invasion of Ukraine, American officials "
             "said on Thursday, a step toward easing tensions that stopped short of any "
             "breakthrough on ending the war.")
NYT_BODY = [
    NYT_LEDE1,
    "The decision came after talks involving Gen. Alexus Grynkewich, commander of U.S. European Command and NATO\u2019s Supreme Allied Commander Europe, alongside senior Russian and Ukrainian military officials. According to the statement, the renewed channel is intended to ensure consistent military contact as efforts continue toward a lasting peace.",
    "Formal high-level military communication between Washington and Moscow had been suspended in 2021, shortly before Russia launched its full-scale invasion of Ukraine.",
    "General Grynkewich was in the United Arab Emirates as U.S.-brokered discussions aimed at ending the war entered a second day. The talks took place amid intensified Russian attacks on Ukraine\u2019s energy infrastructure and continued fighting along the roughly 1,000-kilometer front line across eastern and southern Ukraine.",
    "President Volodymyr Zelensky of Ukraine said on Wednesday that about 55,000 Ukrainian soldiers have been killed since the invasion began nearly four years ago, adding that a large number of people are still considered missing. The last time he disclosed casualty figures, in early 2025, he said 46,000 Ukrainian troops had been killed.",
    "On Thursday, delegations from Moscow and Kyiv were joined in Abu Dhabi by Steve Witkoff, President Trump\u2019s special envoy, and Jared Kushner, Mr. Trump\u2019s son-in-law, according to Rustem Umerov, the secretary of Ukraine\u2019s National Security and Defense Council.",
    "Officials offered no details on concrete progress from the latest round of discussions.",
    "The humanitarian toll continues to mount. Human Rights Watch said in a report released Wednesday that civilian casualties in Ukraine rose by 31 percent last year compared with 2024.",
    "Meanwhile, Prime Minister Donald Tusk of Poland arrived in Kyiv on Thursday for an official visit. In the capital, three people were injured in overnight Russian drone strikes, Mayor Vitali Klitschko said.",
    "Ukraine\u2019s air force said Russia launched 183 drones and two ballistic missiles overnight. Russia\u2019s Defense Ministry said its air defenses shot down 95 Ukrainian drones over several regions, the Azov Sea and Crimea, which Russia illegally annexed in 2014.",
]
NYT_CORR = ["Correction: Feb. 6, 2026",
            ("An earlier version of this article misstated the number of people injured in "
            "overnight Russian drone strikes on Kyiv. It was two, not three.")]


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
<meta name="byl" content="By Constant M\u00e9heut and Anton Troianovski">
</head><body>
<div id="app"><a class="css-1j8h5ae" href="#site-content">Skip to content</a><a href="#site-index">Skip to site index</a>
<header class="css-ahe4g0"><span>Europe</span><a href="/subscription">Subscribe for $1/week</a> <a href="/login">Log in</a></header>
<main id="site-content"><article id="story">
<header class="css-1vkm6nb"><h1 data-testid="headline" class="css-1i6v0ti e1h9rw200">{esc(NYT_HEAD)}</h1>
<p id="article-summary" class="css-79rysd">The agreement, announced after talks in Abu Dhabi, revives a line of communication cut off before the full-scale invasion of Ukraine.</p>
<div class="css-1nuro5j"><span class="css-1baulvz">By <a href="/by/constant-meheut">Constant M\u00e9heut</a> and <a href="/by/anton-troianovski">Anton Troianovski</a></span></div>
<div class="css-1a1rc4y"><time datetime="2026-02-05T14:12:40.000Z">{stamp}</time></div>
<div class="css-share"><button>Share full article</button><span class="css-count">{len(popular) * 97}</span></div>
</header>
<section name="articleBody" itemprop="articleBody">
{paras}
</section>
{corr}
<div class="bottom-of-article"><p>A version of this article appears in print on Feb. 6, 2026, Section A, Page 9 of the New York edition with the headline: U.S. and Russia to Restore Military Contacts.</p></div>
</article>
<aside><h2>Most Popular</h2><ul>{pop}</ul></aside>
</main></div>
</body></html>
"""


def nyt() -> None:
    pop1 = ["The Morning: A thaw with Moscow", "Wordle Review", "How to Watch the Olympics"]
    pop2 = ["Wordle Review", "Trump\u2019s Budget, Explained", "The Morning: A thaw with Moscow",
            "Spelling Bee Forum"]
    write("us-nyt", 1, nyt_page(NYT_BODY, "Feb. 5, 2026, 9:12 a.m. ET", pop1, []))
    # Evening: the lede is rewritten; the injured count fixed, with the correction block.
    v2 = [NYT_LEDE2] + [p.replace("three people were injured", "two people were injured")
                        for p in NYT_BODY[1:]]
    write("us-nyt", 2, nyt_page(v2, "Updated Feb. 5, 2026, 8:47 p.m. ET", pop2, NYT_CORR))
    # Next morning: only the live stamp and the "Most Popular" rail differ.
    write("us-nyt", 3, nyt_page(v2, "Updated Feb. 6, 2026, 6:03 a.m. ET", pop1, NYT_CORR))


# ---------------------------------------------------------------------------------------------
# 4. Reuters (headline tags, parenthetical notes, "Reporting by" sign-off, Trust Principles)
# ---------------------------------------------------------------------------------------------

RT_URL = "https://www.reuters.com/world/europe/us-russia-agree-restore-military-dialogue-2026-02-05/"
RT_HEAD1 = "UPDATE 1-US, Russia agree to restore military dialogue as Ukraine talks continue"
RT_HEAD2 = "CORRECTED-UPDATE 1-US, Russia agree to restore military dialogue as Ukraine talks continue"
RT_HEAD3 = "UPDATE 2-US, Russia agree to restore military dialogue; Moscow, Kyiv swap prisoners"
RT_BODY = [
    "ABU DHABI, Feb 5 (Reuters) - The United States and Russia have agreed to restore high-level military-to-military dialogue that was suspended in 2021, the U.S. military said on Thursday, as talks on ending the war in Ukraine continued in Abu Dhabi.",
    "The channel \"will provide a consistent military-to-military contact as the parties continue to work towards a lasting peace,\" U.S. European Command said in a statement.",
    "The agreement followed a meeting between senior Russian and U.S. military officials in the Emirati capital, it said.",
    "U.S. General Alexus Grynkewich, the top U.S. and NATO commander in Europe, was in Abu Dhabi, where the talks between U.S., Russian and Ukrainian officials were in their third day.",
    "Washington and Moscow suspended high-level military contacts in late 2021 as tensions rose ahead of Russia's full-scale invasion of Ukraine in February 2022.",
    "Relations have warmed since President Donald Trump returned to office promising to end the war quickly, although Kyiv and its European allies say several of his proposals favour Moscow.",
    "The two militaries' last major encounter came in March 2023, when the U.S. said it ditched an MQ-9 Reaper drone in the Black Sea after a Russian fighter jet struck its propeller.",
    "Moscow escalated its attacks on Ukraine's power grid this week, while fighting continued along the roughly 1,000-km (600-mile) front line.",
]
RT_ADDED = [
    "Russia and Ukraine said after the talks that they had carried out a prisoner exchange. Russia's Defence Ministry said 157 Russian servicemen had been returned; Kyiv said 150 Ukrainian servicemen and seven civilians had come home.",
    "Ukrainian President Volodymyr Zelenskiy said on Wednesday that 55,000 Ukrainian troops had been killed since the invasion began, up from the 46,000 he cited in early 2025.",
    "\"Ukrainians must feel that there is genuine progress toward peace,\" Zelenskiy said on social media.",
]
RT_FOOT = ["Reporting by Pavel Polityuk in Kyiv and Mark Trevelyan in London; Editing by Toby Chopra"]
RT_NOTE2 = "(Corrects paragraph 4 to say talks were in their second day, not third)"
RT_NOTE3 = "(Adds prisoner exchange, Zelenskiy comments in paragraphs 9-11)"


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
<aside><h2>Read Next</h2><ul><li>Oil prices steady as traders weigh US-Russia thaw</li></ul></aside>
</main>
</body></html>
"""


def rt() -> None:
    write("reuters", 1, rt_page(RT_HEAD1, "", RT_BODY, "February 5, 2026 1:05 PM UTC", "1"))
    v2 = [p.replace("in their third day", "in their second day") for p in RT_BODY]
    write("reuters", 2, rt_page(RT_HEAD2, RT_NOTE2, v2, "February 5, 2026 2:40 PM UTC", "4"))
    # UPDATE 2: prisoner exchange and Zelenskiy paragraphs added as 9-11 (the advisory names
    # them), the front-line length changed without a word.
    v3 = [p.replace("1,000-km (600-mile)", "1,200-km (750-mile)") for p in v2] + RT_ADDED
    write("reuters", 3, rt_page(RT_HEAD3, RT_NOTE3, v3, "February 5, 2026 5:58 PM UTC", "2"))


# ---------------------------------------------------------------------------------------------
# 5. Local news on WordPress (share bar, RELATED links and ads inside the body, comments)
# ---------------------------------------------------------------------------------------------

WP_URL = "https://www.lakeshorecourier.com/2026/02/05/us-russia-restore-military-dialogue/"
WP_HEAD = "US, Russia agree to restore military hotline as Ukraine talks go on"
WP_BODY = [
    "The United States and Russia have agreed to reestablish high-level military-to-military communication following meetings between senior American, Russian and Ukrainian officials in Abu Dhabi, the US European Command said on Thursday.",
    "The decision came after talks involving Gen Alexus Grynkewich, commander of US European Command and NATO\u2019s Supreme Allied Commander Europe, alongside senior Russian and Ukrainian military officials.",
    "RELATED: {related}",
    "Formal high-level military communication between Washington and Moscow had been suspended in 2021, shortly before Russia launched its full-scale invasion of Ukraine.",
    "Ukraine\u2019s President Volodymyr Zelenskyy said on Wednesday that about 55,000 Ukrainian soldiers have been killed since the invasion began nearly four years ago. The last time he disclosed casualty figures, in early 2025, he said 46,000 Ukrainian troops had been killed.",
    "Zelenskyy has repeatedly stressed that Ukraine needs firm security guarantees from the United States and Europe to prevent future Russian aggression.",
    "The humanitarian toll continues to mount. Human Rights Watch said in a report released Wednesday that civilian casualties in Ukraine rose by 31 percent last year compared with 2024.",
    "Meanwhile, Polish Prime Minister Donald Tusk arrived in Kyiv on Thursday for an official visit. In the capital, two people were injured in overnight Russian drone strikes, Mayor Vitali Klitschko said.",
    "Local families with relatives in Ukraine said they were watching the talks closely. \u201cEvery day without news is hard,\u201d said Oksana Melnyk of Port Clinton, whose brother serves near Pokrovsk.",
]
WP_UPDATE = ("UPDATE, 4:45 p.m.: This story has been updated with the Ukrainian air force\u2019s "
             "account of the overnight attack.")
WP_AIRFORCE = ("Ukraine\u2019s air force said Russia launched 183 drones and two ballistic "
               "missiles overnight. Russia\u2019s Defense Ministry said its air defenses shot "
               "down 95 Ukrainian drones over several regions.")


def wp_page(body: list[str], related: str, shares: int, comments: list[tuple[str, str]],
            ad: str) -> str:
    parts = []
    for k, p in enumerate(body):
        if p.startswith("RELATED:"):
            parts.append(f'<p><strong>RELATED: <a href="/2026/02/04/ukraine/">{esc(related)}</a></strong></p>')
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
<footer class="entry-footer"><span class="tags-links">Tagged <a>Russia</a>, <a>Ukraine</a></span></footer>
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
    c2 = c1 + [("Marge", "Correction: the article should say Crimea was annexed in 2014, not 2016, you guys keep getting this wrong!"),
               ("Tom R.", "Updated: still no peace deal. Why would Russia listen?")]
    body = [p for p in WP_BODY]
    write("local-wp", 1, wp_page(body, "Ukraine talks resume in Abu Dhabi", 14, c1, "11"))
    # Evening: comments, share count, the related link and the ad slots changed, nothing else.
    write("local-wp", 2, wp_page(body, "Zelenskyy: 55,000 troops killed", 212, c2, "37"))
    # Next day: an update line on top, the air force paragraph added, and the casualty share
    # changed without a note.
    v3 = [WP_UPDATE] + [p.replace("31 percent", "32 percent") for p in body]
    v3.insert(v3.index(next(p for p in v3 if p.startswith("Meanwhile"))) + 1, WP_AIRFORCE)
    write("local-wp", 3, wp_page(v3, "Zelenskyy: 55,000 troops killed", 486, c2, "52"))


# ---------------------------------------------------------------------------------------------
# 6. App page: the text lives in JSON-LD articleBody (and the app's state); the HTML is a shell
# ---------------------------------------------------------------------------------------------

APP_URL = "https://www.worldwirenow.com/news/us-russia-military-dialogue-ukraine-abu-dhabi-9817234"
APP_HEAD = "US and Russia agree to reestablish military dialogue after Ukraine talks"
APP_BODY = [p for p in AP_BODY if not p.startswith(("<h2>", "___", "Follow AP"))]
APP_BODY = [p.replace("annexed in 2016", "annexed in 2014") for p in APP_BODY]
APP_BODY = [p.replace("he said 46,000", "he said 45,000") for p in APP_BODY]
APP_NOTE = ("Correction: An earlier version of this story misstated the number of Ukrainian "
            "troops Zelenskyy said had been killed as of early 2025. It was 46,000, not 45,000.")


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
             "author": [{"@type": "Person", "name": "Kamila Hrabchuk"},
                        {"@type": "Person", "name": "Emma Burrows"}],
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
<div class="story-meta"><span>By Kamila Hrabchuk and Emma Burrows</span> <span class="ago">{esc(ago)}</span></div>
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
    t1 = ["Starlink cut-off hits Russian units", "Tusk in Kyiv"]
    t2 = ["Tusk in Kyiv", "Gas prices jump", "Starlink cut-off hits Russian units"]
    write("app-jsonld", 1, app_page(APP_BODY, "2026-02-05T12:50:00Z", "Updated 12 mins ago", t1))
    # The figure is fixed without a word, then a correction is appended a day later.
    v2 = [p.replace("he said 45,000", "he said 46,000") for p in APP_BODY]
    write("app-jsonld", 2, app_page(v2, "2026-02-05T16:02:00Z", "Updated 1 hour ago", t2))
    write("app-jsonld", 3, app_page(v2 + [APP_NOTE], "2026-02-06T10:30:00Z", "Updated just now", t1))


# ---------------------------------------------------------------------------------------------
# 7. Spanish paper, El País-like ("Actualizado" stamps, "Fe de errores" box under the text)
# ---------------------------------------------------------------------------------------------

ES_URL = ("https://elpais.com/internacional/2026-02-05/estados-unidos-y-rusia-acuerdan-"
          "restablecer-el-dialogo-militar.html")
ES_HEAD = "Estados Unidos y Rusia acuerdan restablecer el diálogo militar tras las negociaciones sobre Ucrania"
ES_SUB = ("Es la primera vez en más de cuatro años que ambas potencias reanudan el contacto "
          "militar de alto nivel, suspendido a finales de 2021")
ES_BODY = [
    "Estados Unidos y Rusia acordaron este jueves restablecer el diálogo militar de alto nivel por primera vez en más de cuatro años, en una nueva señal del acercamiento entre ambos países desde que el presidente Donald Trump volvió a la Casa Blanca con la promesa de poner fin a la guerra en Ucrania.",
    "La comunicación militar de alto nivel quedó suspendida a finales de 2021, cuando crecía la tensión entre Moscú y Washington ante la invasión rusa a gran escala de Ucrania, que comenzó en febrero de 2022.",
    "El canal restablecido “proporcionará un contacto militar constante mientras las partes siguen trabajando hacia una paz duradera”, señaló el Mando Europeo de Estados Unidos en un comunicado. El acuerdo surgió de una reunión entre altos mandos militares rusos y estadounidenses en Abu Dabi.",
    "El general estadounidense Alexus Grynkewich, jefe de las fuerzas de Estados Unidos y de la OTAN en Europa, se encontraba en la capital emiratí, donde las conversaciones entre representantes estadounidenses, rusos y ucranios para poner fin a la guerra entraron en su segundo día.",
    "Tras la reunión, Rusia y Ucrania llevaron a cabo un intercambio de prisioneros. El Ministerio de Defensa ruso afirmó que 157 militares rusos regresaron del cautiverio ucranio; Kiev informó de la vuelta de 150 militares y siete civiles.",
    "El presidente ucranio, Volodímir Zelenski, aseguró que 55.000 soldados ucranios han muerto desde el inicio de la invasión. A comienzos de 2025 había cifrado en 46.000 los militares fallecidos.",
    "Rusia lanzó durante la noche 183 drones y dos misiles balísticos contra Ucrania, según la Fuerza Aérea ucrania. El Ministerio de Defensa ruso dijo haber derribado 95 drones ucranios sobre varias regiones, el mar de Azov y Crimea, península que Rusia se anexionó ilegalmente en 2016.",
]
ES_NOTE = ["Fe de errores",
           ("Una versión anterior de este artículo decía que Rusia se anexionó Crimea en 2016. "
           "La anexión se produjo en 2014.")]


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
<div class="a_md"><div class="a_md_a"><a>Agencias</a></div><div class="a_md_f"><span>Abu Dabi</span> - <time>{esc(stamp)}</time></div>
<div class="a_sh"><a>Compartir en Whatsapp</a><a>Compartir en Facebook</a><a>Copiar enlace</a></div></div></header>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
{paras}
</div>
{fe}
<div class="a_k"><a>Rusia</a><a>Ucrania</a><a>Estados Unidos</a></div>
<div class="w_rs"><p>Se adhiere a los criterios de The Trust Project</p></div>
</article>
<section class="b_ml"><h2>Lo más visto</h2><ol>{ml}</ol></section>
</main>
<footer><p>© EDICIONES EL PAÍS S.L.</p></footer>
</body></html>
"""


def es() -> None:
    ml1 = ["La Bolsa cae un 2%", "Muere el actor...", "El tiempo: borrasca en el norte"]
    ml2 = ["Zelenski cifra en 55.000 los soldados muertos", "La Bolsa cae un 2%"]
    write("es-elpais", 1, es_page(ES_BODY, "05 feb 2026 - 13:30 CET", ml1, []))
    v2 = [p.replace("ilegalmente en 2016", "ilegalmente en 2014") for p in ES_BODY]
    write("es-elpais", 2, es_page(v2, "Actualizado: 05 feb 2026 - 17:12 CET", ml2, ES_NOTE))
    # Next day: the number of drones changed, silently.
    v3 = [p.replace("183 drones", "188 drones") for p in v2]
    write("es-elpais", 3, es_page(v3, "Actualizado: 06 feb 2026 - 09:40 CET", ml1, ES_NOTE))


if __name__ == "__main__":
    ap()
    gu()
    nyt()
    rt()
    wp()
    app()
    es()
