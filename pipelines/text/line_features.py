"""Line classification for the cleaner, vectorized with polars over a whole batch.

Every line of every document gets its features in one pass of Rust regexes (word count,
furniture, page-block markers, sentence end, list shape, metadata lines) and a score: how
much it looks like article text (positive) or page furniture (negative). The sequential
part of cleaning (choosing the body region) then works on these numbers per document.

Case-insensitive patterns run on a lowercased copy of the line with ASCII word
boundaries, which keeps the Rust engine on its fast path (measured: 25x faster than
Unicode-aware case-insensitive matching on the benchmark pages).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import polars as pl

# --- patterns on the lowercased line ----------------------------------------------------
B = r"(?-u:\b)"

# A "<space>date YYYY-MM-DD STATUS" line that scrapers prepend: the fetch records the page date.
SCRAPE_DATE_LINE = r"^\s*date\s+\d{4}-\d{2}-\d{2}(?:\s+\d{3})?\s*$"
# The labels of a date line, in English and in the languages of European news sites
# ("Publié le :", "Publicado el", "Veröffentlicht am", "Опубликовано"); a space, a colon
# or the line's end after them (some end in a letter an ASCII word boundary does not see).
PUBLISHED_LABELS = (
    r"published|posted|first published|date|publié|publicado|publicada|veröffentlicht|"
    r"pubblicato|opublikowano|опубликовано|опубліковано|yayınlanma|erstellt am|gepubliceerd|"
    r"publicerad|publikováno|diterbitkan|publicat|objavljeno|објављено|ngày đăng|"
    # Chinese, Japanese and Korean: "发布时间：", "公開日：", "게시일"
    r"发布时间|发布日期|发表时间|發佈時間|發布日期|日期|公開日|投稿日|게시일|등록일|작성일|입력"
)
UPDATED_LABELS = (
    r"updated|last updated|(?:last )?modified|mis à jour|actualizado|actualizada|atualizado|"
    r"atualizada|aktualisiert|aggiornato|zaktualizowano|обновлено|оновлено|güncellenme|"
    r"bijgewerkt|uppdaterad|aktualizováno|diperbarui|actualizat|измењено|cập nhật|"
    r"更新时间|更新日期|更新日|수정일|수정"
)
_LABEL_END = r"(?:[\s:,.：]|$)"
DATE_LABEL = rf"^(?:{PUBLISHED_LABELS}|{UPDATED_LABELS}){_LABEL_END}"
UPDATED_LABEL = rf"^(?:{UPDATED_LABELS}){_LABEL_END}"
# "By", and the word in Spanish and Portuguese, French and German ("Por Redação g1", "Par :
# Ann Vale", "Von Ann Vale"), a whole word ("PARIS (AFP)" is a dateline).
BYLINE_OPENER = (
    r"^(?i:(?:by|por|par|von|written by|words by|reporting by)\b|author:|authors?\s*:)\s*:?\s*"
)
# On the line as written: the name after "By" must be capitalized ("By 2018, ..." is prose).
BYLINE = BYLINE_OPENER + r"\p{Lu}[\w'’.\-]+"
# Page furniture whatever its length: what a line starts with...
FURNITURE_START = rf"""(?x)^(?:
    (?:photo|image|picture|file\s+photo|caption|video|watch|listen|graphic){B}\s*[:|/–-]    # captions, media
  | (?:legal\s+notice|terms\s+(?:of\s+use|and\s+conditions)|privacy\s+policy|copyright){B}   # legal footers
  | this\s+(?:story|article|report|content)\s+(?:was|is|has\s+been)\s+(?:provided|supplied|distributed|produced|syndicated){B}
  | (?:\#[\w-]+[\s,]*)+$                                                                     # hashtag lines
  | share(?:\s*$|\s*[:|/•·]|\s+(?:this|on|via|to|with|by|article|story|post|page|link|it|now)\b)   # a share bar ("Share market update" is news)
  | (?:tags?|topics|filed\s+under|related|read\s+(?:more|also|next)|see\s+also|more\s+on|recommended|advertisement|sponsored){B}
  | (?:log\s*in|sign\s*in|sign\s*up|subscribe|newsletter){B}
  | \d+\s+comments?{B}
  | (?:no\s+comments?|comments?){B}
  | (?:legal\s+)?disclaimer{B}
)"""
# A copyright sign, not the "©" of "Ã©", a mis-decoded "é" that ftfy left in "rÃ©sumÃ©".
COPYRIGHT_SIGN = r"(?:^|[^Ãã])©"
# A comment's header: "jane says:".
_SAYS_HEADER = r"[\w .'-]{1,40}\s+(?:says|said|wrote|writes):"
SAYS_MARKER = rf"^{_SAYS_HEADER}\s*$"
# ...or holds anywhere: copyright notices, glued captions, newsletter boxes, cookie banners.
# (Not cookies in prose, "Girl Scout cookies": a banner speaks of using, accepting or
# managing them.)
FURNITURE_ANYWHERE = (
    rf"{COPYRIGHT_SIGN}|\(c\)\s*\d{{4}}|all\s+rights\s+reserved|protected\s+by\s+copyright|{B}(?:photo|image|picture)\s*(?:credit)?\s*:\s"
    rf"|{B}enter\s+your\s+e-?mail|{B}your\s+inbox{B}|{B}unsubscribe\s+at\s+any\s+time"
    rf"|{B}(?:uses?|using|accept(?:ing)?|allow|reject|manage|disable|enable|about\s+our)\s+(?:(?:all|our|the|these|optional|third[\s-]party)\s+)*cookies{B}"
    rf"|{B}cookies?\s+(?:policy|settings|preferences|notice|consent|statement|banner){B}"
    # (a consent dialog's categories and its menu entry: "Necessary cookies are essential
    # for the website to function", "Privacy & Cookies")
    rf"|{B}cookies{B}.{{0,80}}{B}(?:website|browser|this\s+site|our\s+site){B}"
    rf"|^(?:privacy\s*(?:&|and)\s*)?cookies?\s*$"
)
# Lines that mark a boundary of the article: what follows is another block of the page
# (related links, comments, tags, share bars, legal notes). "Read more" is not one: it
# closes teasers inside articles too, and is dropped as furniture instead.
BLOCK_MARKER = (
    r"^(?:related(?:\s+(?:articles?|stories|news|coverage|posts|content|links))?|"
    r"more\s+(?:stories|from|news|on\s+this(?:\s+story)?|in\s+\w+)|"
    r"comments?|\d+\s+comments?|no\s+comments?.*|leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|"
    r"join\s+the\s+(?:conversation|discussion)|(?:legal\s+)?disclaimer|tags?|topics|keywords|share(?:\s+this(?:\s+\w+)?)?|"
    r"you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|about\s+the\s+author|"
    r"most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|popular\s+(?:stories|posts|now)|"
    r"(?:sponsored|partner)\s+(?:content|stories)|editor'?s\s+picks?|"
    rf"\d+\s+(?:responses?|replies|comments?){B}.*|{_SAYS_HEADER})\s*[:.!…]*\s*$"
)
# A photo's credit closing a caption ("... Photograph by Ann Lee/AFP/Getty Images",
# "Photo: Ann Lee, AP", "(AP Photo/Ann Lee)", "Image credit: NASA").
PHOTO_CREDIT = re.compile(
    r"\b(?:photo(?:graph)?s?|images?|pictures?)\s*(?:by\b|:|credits?\b)|\(AP Photo\b|\bGetty Images\b"
    # other languages' "Photo:" and photographer's marks: "Foto: Ann Lee", "Фото: …", a
    # Japanese caption's "…撮影" (photographed by), a Chinese one's "摄", a Korean "사진="
    r"|\b(?:fotos?|фото|fotografia)\s*:|撮影|摄|사진\s*[=:]"
    # "Credit: NASA", "Credit... Ann Lee/The Times", "(credit: NASA/Ann Lee)"
    r"|\bcredits?\s*(?::|\.\.\.|…)"
    # a credit of slashed names closing the line: "(Port Authority/Ann Lee)"
    r"|\([^()]{4,}\w/\w[^()]{2,}\)\s*$"
    # an agency's credit closing the line: "Ann Lee / Reuters file", "Ann Lee/AFP", "(AP)"
    # (not a headline about an agency: "... rules at EPA")
    r"|(?:/\s*(?:Reuters|AFP|AP|EPA|Getty(?:\s+Images)?|Shutterstock)(?:\s+file)?"
    r"|\b(?:Reuters|AFP|AP)\s+file|\((?:AP|AFP|Reuters|EPA)\))\s*\)?\s*$"
    # a photographer and an outlet closing a caption's sentence: "... conference. Ann
    # Lee / The Boston Globe" (names capitalized, so case matters here)
    r"|(?-i:[.!?]\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2}\s*/\s*(?:The\s+)?[A-Z][\w.&-]*"
    r"(?:\s+[A-Z][\w.&-]*){0,3}\s*$)",
    re.IGNORECASE,
)
# --- patterns on the line as written ----------------------------------------------------
# (the danda of Hindi, Bengali and other Indic scripts, Urdu's full stop and Arabic's
# question mark end sentences too)
SENTENCE_END = r"(?:[.!?…:;。！？।॥۔؟][\"'”’)\]」]*|[\"”’」])\s*$"
TRUNCATED = r"(?:\.\.\.|…)\s*$"
LIST_SEPARATOR = r"\s[|•·»/]\s|\s{3,}"
WORD = r"[\w\p{No}]+"  # as Python's \w, which counts "½" as a word too
CJK = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
LOWER_WORD = r"(?:^|[^\w])\p{Ll}"
ALPHA_WORD = r"(?:^|[^\w])\p{L}"
# Markdown: headings, images, links (keep their text), bold.
MARKDOWN = [
    (r"^#{1,6}\s+", ""),
    (r"!\[[^\]]*\]\([^)]*\)", ""),
    (r"\[([^\]]+)\]\([^)]*\)", "$1"),
    (r"\*\*(.+?)\*\*", "$1"),
    (r"__(.+?)__", "$1"),
]

MIN_PARAGRAPH_WORDS = 12
MIN_BODY_LINE_WORDS = 4


SPACES = (
    r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t][\u00a0\u2000-\u200a\u202f\u205f\u3000\t ]*| {2,}"
)
INVISIBLE = r"[\u200b-\u200d\u2060\ufeff\u00ad]"
# Control characters no cleaned text keeps: C0 except tab and line breaks, DEL and C1 (what
# ftfy could repair of C1 has been repaired before). One class, so one regex pass.
CONTROL = r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"
# Line breaks besides \n: CR (alone or before \n), vertical tab, form feed, NEL, U+2028/9.
LINE_BREAK = r"\r\n?|[\x0b\x0c\x85\u2028\u2029]"


def _where(
    condition: pl.Expr, column: pl.Expr, transform: Callable[[pl.Expr], pl.Expr], default: Any
) -> pl.Expr:
    """`transform(column)` where `condition` holds, `default` elsewhere. polars evaluates
    both branches in full, so the transform runs on empty strings for the other rows."""
    masked = pl.when(condition).then(column).otherwise(pl.lit(""))
    return pl.when(condition).then(transform(masked)).otherwise(default)


def split_lines(texts: pl.Series) -> pl.DataFrame:
    """One row per non-empty line: doc (position in `texts`), line (control and invisible
    characters removed, CR/VT/FF/NEL/U+2028/9 as line breaks, spaces unified, stripped,
    markdown removed)."""
    text = (
        pl.col("line")
        .str.replace_all(LINE_BREAK, "\n")
        .str.replace_all(f"{INVISIBLE}|{CONTROL}", "")
        .str.replace_all(SPACES, " ")
    )

    def strip_markdown(line: pl.Expr) -> pl.Expr:
        for pattern, replacement in MARKDOWN:
            line = line.str.replace_all(pattern, replacement)
        return line.str.strip_chars()

    line = pl.col("line").str.strip_chars()
    return (
        pl.DataFrame({"doc": pl.int_range(0, len(texts), eager=True), "line": texts})
        .with_columns(text.str.split("\n"))
        .explode("line")
        .with_columns(line)
        .filter(pl.col("line").is_not_null() & (pl.col("line") != ""))
        .with_columns(
            _where(
                pl.col("line").str.contains(r"^#|[\[*_]"),
                pl.col("line"),
                strip_markdown,
                pl.col("line"),
            )
        )
        .filter(pl.col("line") != "")
    )


def classify_lines(lines: pl.DataFrame) -> pl.DataFrame:
    """Add features and the score to a frame with a `line` column (see module docstring)."""
    text = pl.col("line")
    lower = pl.col("lower")
    n = pl.col("n_words")
    short_penalty = -2.0 - pl.min_horizontal(n, pl.lit(16)).cast(pl.Float64) / 2
    # Costly features only where they can matter: markers are short lines, the lowercase
    # share only decides long lines without a final stop.
    short = text.str.len_chars() <= 120
    long_unpunctuated = (text.str.len_chars() >= 60) & ~text.str.contains(SENTENCE_END)
    alpha = _where(long_unpunctuated, text, lambda t: t.str.count_matches(ALPHA_WORD), 0)
    lowers = _where(long_unpunctuated, text, lambda t: t.str.count_matches(LOWER_WORD), 0)
    return (
        lines.with_columns(lower=text.str.to_lowercase())
        .with_columns(
            n_words=(text.str.count_matches(WORD) + text.str.count_matches(CJK) // 2).cast(
                pl.Int64
            ),
            is_furniture=lower.str.contains(FURNITURE_START)
            | lower.str.contains(FURNITURE_ANYWHERE),
            is_marker=_where(short, lower, lambda t: t.str.contains(BLOCK_MARKER), False)
            # ("Reporter Ann Vale says:" over a quotation introduces it: no comment's header)
            & ~(
                lower.str.contains(SAYS_MARKER)
                & text.shift(-1).over("doc").str.contains(r"^[“\"«„]").fill_null(False)
            ),
            ends_sentence=text.str.contains(SENTENCE_END),
            is_list=text.str.count_matches(LIST_SEPARATOR) >= 2,
            is_truncated=text.str.contains(TRUNCATED),
            lower_share=pl.when(alpha > 0).then(lowers / alpha).otherwise(0.0),
            is_byline=text.str.contains(BYLINE) & (text.str.count_matches(WORD) <= 16),
            maybe_metadata=lower.str.contains(SCRAPE_DATE_LINE)
            | (lower.str.contains(DATE_LABEL) & text.str.contains(r"\d"))
            | text.str.contains(BYLINE),
            has_copyright=lower.str.contains(rf"{COPYRIGHT_SIGN}|\(c\)|copyright"),
        )
        .with_columns(
            score=pl.when(pl.col("is_furniture") | pl.col("is_marker"))
            .then(-pl.max_horizontal(pl.lit(8.0), n.cast(pl.Float64)))
            .when(pl.col("is_list"))
            .then(-pl.max_horizontal(pl.lit(5.0), n.cast(pl.Float64) / 2))
            .when(pl.col("is_truncated") & (n <= 25))
            .then(short_penalty)  # a teaser cut off with "...", not prose
            .when(pl.col("ends_sentence") & (n >= MIN_PARAGRAPH_WORDS))
            .then(n.cast(pl.Float64))
            .when(pl.col("ends_sentence") & (n >= MIN_BODY_LINE_WORDS))
            .then(n.cast(pl.Float64) / 2)
            .when((n >= 15) & (pl.col("lower_share") >= 0.6))
            .then(n.cast(pl.Float64) / 2)  # long running text whose final stop was lost in scraping
            .otherwise(short_penalty),  # menus, headlines, link lists: longer ones separate more
            is_paragraph=pl.col("ends_sentence") & (n >= MIN_PARAGRAPH_WORDS) & ~pl.col("is_list"),
        )
        # Lines are already space-normalized: lowercase is the key that finds repeats and
        # re-cased copies of a paragraph or title.
        .rename({"lower": "key"})
        .drop("is_truncated", "lower_share")
    )
