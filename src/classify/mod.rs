//! Classify: give every line its role — blank, boilerplate (with kind and reason), title, subtitle,
//! heading, continuation of a heading, or a block of the body — and find the title and metadata.
//!
//! The stage runs in this order, each step using what the previous ones settled:
//!
//! 1. [`features`] and [`markers`] for every line;
//! 2. [`boilerplate`] pass 1: body core, head and tail zones, [`patterns`], residue, teasers; then
//!    what the document's syntax decides (front matter, `<style>` blocks) and listing pages;
//! 3. [`title`]: the document's title and subtitle (a front matter's `title:` first);
//! 4. [`boilerplate`] pass 2: context (menus before the body, clutter after it), the byline;
//!    [`learned`] can review the verdicts here (off by default: the rules win under
//!    cross-validation);
//! 5. [`meta`]: metadata from what lies outside the body;
//! 6. [`headings`]: which lines open outline items, and blocks for the rest.

pub mod boilerplate;
pub mod features;
pub mod headings;
pub mod learned;
pub mod meta;
pub mod patterns;
pub mod title;

use crate::lines::Line;
use crate::markers::{self, atx};
use crate::model::{BlockKind, Meta};
use crate::Options;
use boilerplate::{Boiler, LineView};
use features::Features;
pub use headings::Head;
use title::TitleInfo;

/// The role of one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    /// Only white space.
    Blank,
    /// Not part of the article.
    Boilerplate(Boiler),
    /// The title, a piece of it or a repeat of it.
    Title,
    /// The subtitle.
    Subtitle,
    /// Opens an outline item.
    Heading(Box<Head>),
    /// Continues the heading on a line above (a title broken over lines).
    Continuation,
    /// Body text.
    Block(BlockKind),
}

/// What classification found.
pub struct Analysis {
    /// One role per line.
    pub roles: Vec<Role>,
    /// The title.
    pub title: Option<TitleInfo>,
    /// Metadata.
    pub meta: Meta,
}

/// What the trained line classifier ([`learned`]) does in a run.
pub enum Learned<'r> {
    /// Reviews the rules' verdicts (flips the lines the model is sure of).
    Review,
    /// Leaves the rules' verdicts as they are: what [`classify`] does, because under
    /// leave-one-source-out cross-validation the reviewed verdicts score no better than the rules
    /// alone on the development corpus (`scripts/cv`; the README shows the table).
    Off,
    /// Leaves them, and records every line's features and the rules' verdict (for training).
    Record(&'r mut Vec<(usize, learned::Row, bool)>),
}

/// Classifies the lines of `text`.
pub fn classify(text: &str, lines: &[Line], options: &Options) -> Analysis {
    classify_with(text, lines, options, Learned::Off)
}

/// The features of every non-blank line of `text` with the rules' verdict, as the line classifier
/// sees them: `(byte offset of the line's text, features, removed by the rules)`. For training and
/// cross-validation.
pub fn training_rows(text: &str) -> Vec<(usize, learned::Row, bool)> {
    let lines = crate::lines::split(text);
    let mut out = Vec::new();
    classify_with(text, &lines, &Options::default(), Learned::Record(&mut out));
    for row in &mut out {
        row.0 = lines[row.0].text_start;
    }
    out
}

/// [`classify`], with the trained line classifier in the given mode.
pub fn classify_with(text: &str, lines: &[Line], options: &Options, learned_mode: Learned<'_>) -> Analysis {
    let flags = Flags::default();
    let view = |i: usize, t| line_view(text, &lines[i], t, options, &flags);
    // The text of each paragraph joined from lines wrapped at the page width (see [`crate::logical`])
    // with its line breaks as spaces: the same bytes long, so offsets into it are offsets into the
    // text, and the rules read one line. Filled only when there are such lines.
    let spaced: Vec<(usize, String)>;
    // Each line's view depends on that line alone: large documents are read on all cores.
    let mut views: Vec<LineView<'_>> = crate::par::map(lines.len(), |i| view(i, lines[i].text(text)));
    if flags.joined.load(std::sync::atomic::Ordering::Relaxed) {
        spaced = (0..lines.len())
            .filter(|&i| lines[i].joined())
            .map(|i| (i, lines[i].text(text).replace(['\n', '\r'], " ")))
            .collect();
        for (i, t) in &spaced {
            views[*i] = view(*i, t);
        }
    }
    // Page furniture (page numbers, running headers), decided over the whole text: every other rule
    // reads past it as it reads past a blank line (a page boundary interrupts nothing).
    let furniture = if options.boilerplate && flags.page.load(std::sync::atomic::Ordering::Relaxed) {
        let marks = views.iter().enumerate().filter_map(|(i, v)| v.shape.page.map(|m| (i, m))).collect();
        crate::furniture::resolve(text, lines, marks)
    } else {
        Vec::new()
    };
    let mut is_furniture = vec![false; if furniture.is_empty() { 0 } else { lines.len() }];
    for &(i, _) in &furniture {
        is_furniture[i] = true;
        views[i] = view(i, "");
    }
    // A how-to's steps numbered by a bare number alone on its line (a number, not page furniture).
    if flags.page.load(std::sync::atomic::Ordering::Relaxed) {
        let texts: Vec<&str> = views.iter().map(|v| v.text).collect();
        for (i, n) in markers::bare_steps(&texts) {
            let len = views[i].text.len();
            views[i].marker = Some(markers::Marker { style: markers::Style::Padded, ordinal: Some(n), len, body: len });
        }
    }
    let starts: Vec<usize> = lines.iter().map(|l| l.text_start).collect();
    let n = lines.len();

    let (mut boiler, zones, flags) = if options.boilerplate {
        boilerplate::first_pass(&views)
    } else {
        (vec![None; n], boilerplate::Zones { core_start: 0, core_end: n.saturating_sub(1) }, Vec::new())
    };
    // A YAML front-matter block (`---` … `---` at the top, as dagang's Markdown writes it) is the
    // document's metadata, not its text.
    let front = front_matter(&views);
    if let Some((a, b)) = front {
        for slot in boiler.iter_mut().take(b + 1).skip(a) {
            *slot = Some(Boiler { kind: crate::model::BoilerplateKind::Metadata, reason: "front matter".into() });
        }
    }
    // Lines decided by their syntax (front matter, <style> blocks), never reviewed by the classifier.
    let mut fixed = vec![false; if options.boilerplate { n } else { 0 }];
    if options.boilerplate {
        style_blocks(&views, &mut boiler, &mut fixed);
        if let Some((a, b)) = front {
            fixed[a..=b].fill(true);
        }
        listing_page(&views, &mut boiler);
    }
    // A `title:` in the front matter is the page's own word for its title.
    // …unless the document writes its own title as a Markdown `#` line: the front matter's then names
    // the page (`title: 住宅房屋租赁合同范本` above `# 房屋租赁合同`).
    // The head of a one-line text, cut off from the rest of its physical line.
    let head = {
        use crate::lines::Origin::Split;
        let mut it = (0..n).filter(|&i| !views[i].text.is_empty());
        match (it.next(), it.next()) {
            (Some(a), Some(b))
                if lines[a].origin == Split && lines[b].origin == Split && lines[a].number == lines[b].number =>
            {
                Some(a)
            }
            _ => None,
        }
    };
    let detected = || title::detect(&views, &starts, &boiler, zones, head);
    let title = match front {
        Some(fm) => {
            let own = detected().filter(|t| t.method == title::Method::Markdown);
            own.or_else(|| title::from_front_matter(&views, &starts, &boiler, fm)).or_else(detected)
        }
        None => detected(),
    };
    let mut title = title;
    if let Some(t) = title.as_mut() {
        repeat_after_signoff(&views, &boiler, t);
    }
    let mut keep = vec![false; n];
    if let Some(t) = &title {
        for &i in &t.lines {
            keep[i] = true;
            boiler[i] = None;
        }
        if let Some((i, _, _)) = t.subtitle {
            keep[i] = true;
            boiler[i] = None;
        }
        // (The speaker's line of the block, `院长　周明远`, is the document's: no menu run takes it.)
        if let Some(i) = t.speaker_line {
            keep[i] = true;
            boiler[i] = None;
        }
    }
    if options.boilerplate {
        boilerplate::second_pass(&views, &flags, &mut boiler, zones, &keep);
        banner_before_title(&views, &mut boiler, title.as_ref(), zones);
        chrome_after_byline(&views, &mut boiler, title.as_ref(), zones, &keep);
        name_byline(&views, &mut boiler, title.as_ref(), zones, &keep);
        name_above_time(&views, &mut boiler, &keep);
        field_byline(&views, &mut boiler, title.as_ref(), &keep);
        match learned_mode {
            Learned::Review => learned::review(&views, &mut boiler, zones, &keep, &fixed),
            Learned::Off => {}
            Learned::Record(out) => {
                for (i, row) in learned::rows(&views, &boiler, zones).into_iter().enumerate() {
                    if let Some(row) = row.filter(|_| !keep[i] && !fixed[i]) {
                        out.push((i, row, boiler[i].is_some()));
                    }
                }
            }
        }
        // A standard's cover is its own front matter, whatever its lines look like (codes, dates, the
        // issuing bodies); page furniture on it stays furniture.
        if let Some(cover) = title::standard_cover(&views) {
            for b in boiler.iter_mut().take(cover.end + 1) {
                if b.as_ref().is_some_and(|b| b.kind != crate::model::BoilerplateKind::Page) {
                    *b = None;
                }
            }
        }
        // The inside of a closed code block is the author's, whatever a line of it looks like
        // (`This certificate expires on 2023-11-10.` in a shell session is no byline).
        for (i, code) in boilerplate::code_lines(&views).into_iter().enumerate() {
            if code && !fixed[i] {
                boiler[i] = None;
            }
        }
    }

    let first_line = views.iter().position(|v| !v.text.is_empty());
    // Only the lines metadata can stand in: page chrome, the page header, and header-table rows; and
    // of those only the first and last [`meta::WINDOW`].
    let mut picked = meta::window(n, |i| boiler[i].is_some() || zones.in_head(i) || views[i].feat.tabs > 0);
    // The line right after the title is the byline's place, even when the page's chrome around it
    // is not recognised as chrome (`作者：[A哥](…) 发布时间：…`, a paragraph-long line of links and
    // counters), and also when the title was cut from the front of a line that holds the whole text
    // (see [`crate::logical`]): its first 300 bytes are read as a line of the page header (labelled
    // fields only: an unlabelled date there is not taken).
    let after_title = title
        .as_ref()
        .and_then(|t| t.lines.last())
        .and_then(|&t| (t + 1..n).find(|&j| !views[j].text.is_empty()))
        .filter(|&j| !picked.contains(&j));
    if let Some(j) = after_title {
        picked.push(j);
        picked.sort_unstable();
    }
    let head_of = |i: usize| {
        let t = lines[i].text(text);
        if Some(i) == after_title {
            &t[..crate::lines::floor_boundary(t, 300)]
        } else {
            t
        }
    };
    // Metadata is read without inline Markdown (`作者：[A哥](https://…) 发布时间：…`).
    // A wrapped paragraph is read without its line breaks.
    let whole: Vec<std::borrow::Cow<'_, str>> = picked.iter().map(|&i| crate::lines::unwrapped(head_of(i))).collect();
    let plain: Vec<std::borrow::Cow<'_, str>> = whole.iter().map(|t| patterns::plain(t)).collect();
    let meta_lines: Vec<meta::MetaLine<'_>> = picked
        .into_iter()
        .zip(plain.iter().zip(&whole))
        .map(|(i, (text, raw))| meta::MetaLine {
            text,
            boilerplate: boiler[i].is_some(),
            head: zones.in_head(i) || Some(i) == after_title,
            first: Some(i) == first_line,
            name_byline: boiler[i].as_ref().is_some_and(|b| b.reason == NAME_BYLINE),
            time_name: boiler[i].as_ref().is_some_and(|b| b.reason == TIME_NAME),
            raw,
        })
        .collect();
    let mut meta = meta::extract(&meta_lines, title.as_ref());
    if let Some((a, b)) = front {
        meta::from_front_matter(views[a..=b].iter().map(|v| v.text), &mut meta);
    }
    if meta.published.is_none() {
        // Two independent scans of the whole document, side by side when it is large.
        let (printed, signoff) = crate::par::join(
            n >= crate::par::MIN_LINES,
            || meta::printed_date(views.iter().filter(|v| v.shape.printed).map(|v| v.text)),
            || signoff_date(&views),
        );
        meta.published = printed.or_else(|| signoff.and_then(meta::normalize_date));
    }

    for (i, f) in furniture {
        boiler[i] = Some(Boiler { kind: crate::model::BoilerplateKind::Page, reason: f.reason().into() });
    }
    let settled: Vec<Option<Role>> = crate::par::map_owned(boiler, |i, b| {
        if views[i].text.is_empty() && is_furniture.get(i) != Some(&true) {
            Some(Role::Blank)
        } else if let Some(b) = b {
            Some(Role::Boilerplate(b))
        } else if title
            .as_ref()
            .is_some_and(|t| t.subtitle.as_ref().is_some_and(|s| s.0 == i) && t.lines.first() != Some(&i))
        {
            Some(Role::Subtitle)
        } else if title.as_ref().is_some_and(|t| t.speaker_line == Some(i)) {
            // (The speaker's line of a title block: text, typed as the speaker by the kind stage.)
            Some(Role::Block(crate::model::BlockKind::Paragraph))
        } else if keep[i] {
            Some(Role::Title)
        } else {
            None
        }
    });
    let roles = headings::detect(&headings::Known::new(&views, &starts), settled);
    Analysis { roles, title, meta }
}

/// The title given again after a promulgation's sign-off: a page titled with the regulation it
/// publishes shows the 令 first (`澄州市人民政府令` / `第47号` / `《…办法》已经…通过，现予公布…` / `市长　周文斌` /
/// `2024年3月12日`) and then the regulation under its own title, the page's title again. That line is
/// a title line — as the page's title repeated above the text is — not an attached document's
/// heading over the whole outline. (Under a different title it is one: the 方案 a 通知 issues.)
fn repeat_after_signoff(views: &[LineView<'_>], boiler: &[Option<Boiler>], t: &mut TitleInfo) {
    let Some(&last) = t.lines.last() else { return };
    let want = title::squash(&t.text);
    if want.chars().count() < 4 {
        return;
    }
    let mut prev: Option<usize> = None;
    for i in last + 1..views.len().min(last + 80) {
        let v = &views[i];
        if v.text.is_empty() || boiler[i].is_some() {
            continue;
        }
        if prev.is_some_and(|p| views[p].shape.date_line) && title::squash(v.text) == want {
            t.lines.push(i);
            return;
        }
        prev = Some(i);
    }
}

/// Facts the line views find that call for a second look (rare: most texts have neither).
#[derive(Default)]
struct Flags {
    /// A line joined from lines wrapped at the page width.
    joined: std::sync::atomic::AtomicBool,
    /// A page number or a bare number.
    page: std::sync::atomic::AtomicBool,
}

/// The view of line `l` read as `t` (its text, its text with line breaks as spaces, or "" for page
/// furniture).
fn line_view<'v>(text: &str, l: &Line, t: &'v str, options: &Options, flags: &Flags) -> LineView<'v> {
    if t.is_empty() {
        // A blank line (half the lines of most texts): nothing to look at.
        let (feat, shape) = (Features::default(), boilerplate::Shape::default());
        return LineView { text: t, feat, marker: None, atx: false, hit: None, shape };
    }
    let raw = l.text(text);
    let atx = atx::scan(t);
    let (prefix, _) = headings::prefix_markup(t);
    let marker = markers::scan(&t[prefix..]);
    // A paragraph joined from lines wrapped at the page width is measured and matched as one
    // line, without its breaks (offsets are still taken in `t`).
    let whole = if l.joined() {
        flags.joined.store(true, std::sync::atomic::Ordering::Relaxed);
        crate::lines::unwrapped(raw)
    } else {
        std::borrow::Cow::Borrowed(raw)
    };
    let u: &str = &whole;
    // A line of HTML (`<p>　　…</p>`) is measured without its tags.
    let feat = if u.starts_with('<') && prefix > 0 && u.len() == t.len() {
        let end = t.len() - headings::suffix_markup(t);
        Features::of(t[prefix..end.max(prefix)].trim_matches(crate::lines::is_space))
    } else {
        Features::of(u)
    };
    let hit = if options.boilerplate { boilerplate::line_pattern(u, &feat) } else { None };
    let mut shape = boilerplate::Shape::of(u);
    shape.hard_break = text[l.text_end..l.content_end].starts_with("  ");
    if shape.page.is_some() || crate::furniture::may_be_numbered_footer(u) {
        flags.page.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    LineView { text: t, feat, marker, atx: atx.is_some(), hit, shape }
}

/// The line range of a front-matter block: `---` as the first non-blank line and a closing `---`
/// within the next 60 lines, with `key: value` lines between.
fn front_matter(views: &[LineView<'_>]) -> Option<(usize, usize)> {
    let first = views.iter().position(|v| !v.text.is_empty())?;
    if views[first].text != "---" {
        return None;
    }
    let close = (first + 1..views.len().min(first + 60)).find(|&i| views[i].text == "---")?;
    // `key: value` lines, and the items of a YAML list under a key (`categories:` / ` - 金融`).
    let all_pairs =
        views[first + 1..close].iter().all(|v| v.text.is_empty() || v.text.contains(':') || v.text.starts_with("- "));
    (close > first + 1 && all_pairs).then_some((first, close))
}

/// A listing page (a site's category or search page) has no article: at least 30 % of its lines are
/// teasers — an opening cut off with an ellipsis (`…`, `...`) or a `导读:` line — and nowhere do three
/// paragraphs of running text stand together. Then every line is the listing's, and is removed as a
/// related list; the page gets no title and no headings. An article that quotes a few truncated
/// lines, or ends with a list of teasers, has its runs of paragraphs and is left to the line rules.
fn listing_page(views: &[LineView<'_>], boiler: &mut [Option<Boiler>]) {
    let teaser = |v: &LineView<'_>| v.feat.ellipsis || v.text.starts_with("导读");
    // One pass counts; only a page that qualifies is read again.
    let (mut count, mut teasers) = (0usize, 0usize);
    for v in views.iter().filter(|v| !v.text.is_empty()) {
        count += 1;
        teasers += usize::from(teaser(v));
    }
    if count < 10 || teasers * 10 < count * 3 {
        return;
    }
    let nonblank: Vec<usize> = (0..views.len()).filter(|&i| !views[i].text.is_empty()).collect();
    let mut run = 0;
    for &i in &nonblank {
        let v = &views[i];
        run = if v.feat.is_dense() && !teaser(v) { run + 1 } else { 0 };
        if run >= 3 {
            return;
        }
    }
    let reason: crate::model::Reason =
        format!("a listing page: {teasers} of {} lines are teasers, and no paragraphs stand together", nonblank.len())
            .into();
    for &i in &nonblank {
        if boiler[i].is_none() {
            boiler[i] = Some(Boiler { kind: crate::model::BoilerplateKind::Related, reason: reason.clone() });
        }
    }
}

/// The lines of an HTML `<style>` or `<script>` element, from its opening tag to its closing one (CSS
/// rules and code a converter left in the text): markup, whatever they look like one by one. An
/// element that does not close within 400 lines is left to the line rules.
fn style_blocks(views: &[LineView<'_>], boiler: &mut [Option<Boiler>], fixed: &mut [bool]) {
    let mut i = 0;
    while i < views.len() {
        let t = views[i].text.as_bytes();
        if t.first() != Some(&b'<') {
            i += 1;
            continue;
        }
        let open = |tag: &[u8]| t.len() > tag.len() && t[..tag.len()].eq_ignore_ascii_case(tag);
        let close = if open(b"<style") {
            "</style>"
        } else if open(b"<script") {
            "</script>"
        } else {
            i += 1;
            continue;
        };
        let closes = |t: &str| t.as_bytes().windows(close.len()).any(|w| w.eq_ignore_ascii_case(close.as_bytes()));
        let end = (i..views.len().min(i + 400)).find(|&j| closes(views[j].text));
        let Some(end) = end else {
            i += 1;
            continue;
        };
        fixed[i..=end].fill(true);
        for (j, slot) in boiler.iter_mut().enumerate().take(end + 1).skip(i) {
            if !views[j].text.is_empty() {
                *slot = Some(Boiler {
                    kind: crate::model::BoilerplateKind::Markup,
                    reason: "inside an HTML <style> or <script> element".into(),
                });
            }
        }
        i = end + 1;
    }
}

/// The date of the document's sign-off: a date line right under a short line naming the issuing body
/// (`青川市教育局` / `2024年4月2日`), the first one in the document.
fn signoff_date<'a>(views: &[LineView<'a>]) -> Option<&'a str> {
    let mut prev: Option<&LineView<'a>> = None;
    for v in views.iter().filter(|v| !v.text.is_empty()) {
        if v.shape.date_line
            && prev.is_some_and(|p| p.feat.chars <= 30 && p.feat.punct == 0 && p.marker.is_none() && !p.shape.date_line)
        {
            return Some(v.text);
        }
        prev = Some(v);
    }
    None
}

/// Short lines between the title and the body that follow page chrome (a byline, a source card) take
/// its class: jusText's context rule for short blocks, applied where the page header is known.
fn chrome_after_byline(
    views: &[LineView<'_>],
    boiler: &mut [Option<Boiler>],
    title: Option<&TitleInfo>,
    zones: boilerplate::Zones,
    keep: &[bool],
) {
    let Some(&t) = title.and_then(|t| t.lines.last()) else {
        return;
    };
    let mut prev_chrome = false;
    let end = zones.core_start.min(views.len());
    let mut scanned = 0;
    for i in t + 1..end {
        let v = &views[i];
        if v.text.is_empty() {
            continue;
        }
        if boiler[i].is_some() {
            prev_chrome = true;
            continue;
        }
        // A block of three field rows or more right under the byline (`提案编号：20240156` / `提案者：…` /
        // `界别：…` / `案由：…`): the page's record of the document, as its byline is.
        // (An event's facts are the notice's own: a block with a time or a place, `报告时间：…` /
        // `报告地点：…`, is the body.)
        // (Each block is read once: a run of rows is not scanned again from each of its lines.)
        if prev_chrome && !keep[i] && i >= scanned {
            let rows = field_rows(&views[i..end]);
            scanned = i + rows.max(1);
            let facts = views[i..i + rows].iter().any(|v| EVENT_FIELD.is_match(v.text));
            if rows >= 3 && !facts {
                for r in boiler.iter_mut().skip(i).take(rows) {
                    *r = Some(Boiler {
                        kind: crate::model::BoilerplateKind::Metadata,
                        reason: "a block of field rows under the page's byline".into(),
                    });
                }
                continue;
            }
        }
        // (A sentence or a question, `你有多久没有逛过菜市场了？`, and a picture's caption, `▲ 清晨…`,
        // are the article's.)
        let text_like = v.text.ends_with(['。', '？', '！', '?', '!', '…']) || v.text.starts_with(['▲', '△', '▼', '↑']);
        // (Nor is a numbered line, `1　总则`: the outline starts there.)
        let short = v.feat.chars <= 20
            && !text_like
            && v.marker.is_none()
            && !boilerplate::is_document_text(v)
            && !title::is_person_name(v.text)
            // (Nor the label of a 目录, `目　次` under a standard's cover.)
            && !v.shape.toc_label;
        // (Nor is the line right above the body when it is set apart by blank lines, or a label that
        // introduces it: the body's first subhead, `写在前面`, `理由：`.)
        let next_is_body = (i + 1..views.len()).find(|&j| !views[j].text.is_empty()) == Some(zones.core_start);
        let set_apart = views[i - 1].text.is_empty() && views.get(i + 1).is_some_and(|w| w.text.is_empty());
        let label = v.text.ends_with(['：', ':']) && v.feat.chars <= 8;
        // (Or a subhead glued to the body's first paragraph, `阅读指引` / `本阅读指引有助于…`; a page's
        // notices, `版权声明` / `本白皮书版权属于…`, are not the article's.)
        let glued = views.get(i + 1).is_some_and(|w| !w.text.is_empty()) && !v.text.ends_with("声明");
        let above_body = next_is_body && (set_apart || label || glued);
        if prev_chrome && short && !keep[i] && !above_body {
            boiler[i] = Some(Boiler {
                kind: crate::model::BoilerplateKind::Banner,
                reason: "a short line after the page's byline, before the body".into(),
            });
            continue;
        }
        prev_chrome = false;
    }
}

/// A field of an event's facts: its time, place, theme, agenda.
static EVENT_FIELD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^\p{Han}{0,4}(时间|地点|日期|题目|主题|议程|对象|方式)\s*[：:]").expect("event field regex")
});

/// How many field rows (`提案编号：20240156`, `界别：中国民主促进会`: a label of one to six ideographs, a
/// colon, a value) stand one under the other at the start of `views`.
fn field_rows(views: &[LineView<'_>]) -> usize {
    static FIELD: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"^\p{Han}{1,6}\s*[：:]\s*\S").expect("field row regex"));
    views.iter().take_while(|v| FIELD.is_match(v.text) && !v.feat.full_stop).count()
}

static BYLINE_FIELDS: std::sync::LazyLock<[regex::Regex; 5]> = std::sync::LazyLock::new(|| {
    [
        r"(?:作者|文|撰文|编辑|责编)\s*[：:]",
        r"(?:发布|发表|更新)(?:时间|日期|于)\s*[：:]?\s*\d",
        r"\d[\d.,]*\s*[kKwW万千]?\s*(?:人阅读|次阅读|阅读|次浏览|浏览)|(?:阅读|浏览)(?:量|数)?\s*[：:]?\s*\d",
        r"(?:共计|全文|本文共|共)\s*\d[\d,]*\s*个?字",
        r"阅读(?:时长|时间|需要)|预计阅读",
    ]
    .map(|p| regex::Regex::new(p).expect("a byline field pattern compiles"))
});

/// A line right below the title that holds three kinds of byline field or more — an author label,
/// a publication time, a view count, a word count, a reading time (`作者：[小王](…) 发布时间：
/// 2024-05-06 2.1K 人阅读 本文共计1260个字，预计阅读时长4分钟。`) — is the page's byline, however long
/// its links make it. One or two such fields in a line of the body (`全文共5000字`) are not.
fn field_byline(
    views: &[LineView<'_>],
    boiler: &mut [Option<Boiler>],
    title: Option<&title::TitleInfo>,
    keep: &[bool],
) {
    let Some(last) = title.and_then(|t| t.lines.last().copied()) else { return };
    let Some(j) = (last + 1..views.len()).find(|&j| !views[j].text.is_empty()) else { return };
    if boiler[j].is_some() || keep[j] || views[j].text.chars().nth(400).is_some() {
        return;
    }
    let plain = patterns::plain(views[j].text);
    let fields = BYLINE_FIELDS.iter().filter(|r| r.is_match(&plain)).count();
    if fields >= 3 {
        boiler[j] = Some(Boiler {
            kind: crate::model::BoilerplateKind::Metadata,
            reason: format!("a byline below the title: {fields} kinds of field (author, time, views, length)").into(),
        });
    }
}

/// The reason of a name removed as the page's byline (metadata reads its author from such a line).
const NAME_BYLINE: &str = "a name alone above the body, after the page's chrome: the byline";

/// A person's name alone on the line right above the body, with page chrome (or nothing) above it:
/// the page's byline (`<center>====</center>` / `李龙` / `“一个博物馆就是一所大学校”。12月7日…`). A
/// name that the title block reads as the speaker (`习近平` under a speech's title and date) is the
/// document's own line, and so is a name under a title with no chrome between them.
fn name_byline(
    views: &[LineView<'_>],
    boiler: &mut [Option<Boiler>],
    title: Option<&TitleInfo>,
    zones: boilerplate::Zones,
    keep: &[bool],
) {
    let nonblank_before = |i: usize| (0..i).rev().find(|&j| !views[j].text.is_empty());
    let Some(i) = nonblank_before(zones.core_start.min(views.len())) else { return };
    let v = &views[i];
    if keep[i] || boiler[i].is_some() || !title::is_person_name(v.text) {
        return;
    }
    if title.and_then(|t| t.speaker.as_deref()).is_some_and(|s| s == v.text) {
        return;
    }
    if nonblank_before(i).is_none_or(|p| boiler[p].is_some()) {
        boiler[i] = Some(Boiler { kind: crate::model::BoilerplateKind::Metadata, reason: NAME_BYLINE.into() });
    }
}

/// The reason of a name removed by [`name_above_time`] (metadata may read its author from it).
const TIME_NAME: &str = "a name right above a bare date and time: the post's byline";

/// A short line right above a bare date and time (`禾木健康说` / `2024-07-12 07:30`, `山间小路` /
/// `2025-03-22 20:18`, `锦澜苑物业客服-小周` / `2024年03月18日 16:20`, `3楼` / `2024-03-29 08:12`):
/// the name of who posted, a post's byline — an account, an author, a group member, a floor. Four
/// writers' pages, ten such lines, none of them the document's. A title above its date is kept (the
/// title block is known by now), and so is a line that reads as text or carries a marker.
fn name_above_time(views: &[LineView<'_>], boiler: &mut [Option<Boiler>], keep: &[bool]) {
    for i in 1..views.len() {
        if views[i].hit.is_none_or(|r| r.id != "datetime_line") || boiler[i].is_none() {
            continue;
        }
        let p = i - 1;
        let v = &views[p];
        let n = v.feat.chars;
        if keep[p] || boiler[p].is_some() || v.marker.is_some() || v.atx || !(2..=12).contains(&n) {
            continue;
        }
        if v.feat.punct > 0 || v.feat.terminal || v.text.contains(['：', ':']) {
            continue;
        }
        boiler[p] = Some(Boiler { kind: crate::model::BoilerplateKind::Metadata, reason: TIME_NAME.into() });
    }
}

/// Lines of the page header before a title found by its position, repetition or Markdown `#`: the
/// site's banner, unless they are the document's own text.
fn banner_before_title(
    views: &[LineView<'_>],
    boiler: &mut [Option<Boiler>],
    title: Option<&TitleInfo>,
    zones: boilerplate::Zones,
) {
    let Some(t) = title else { return };
    if t.method == title::Method::Label {
        return;
    }
    let Some(&first) = t.lines.first() else {
        return;
    };
    if !zones.in_head(first) && first > zones.core_start {
        return;
    }
    // A 公文's 发文机关标志 (`青河区人民政府办公室` / `专 题 会 议 纪 要`) stands right above its 发文字号:
    // both are elements of the document (《党政机关公文处理工作条例》第九条), not the page's banner.
    let masthead_end = (0..first).find(|&j| boilerplate::is_doc_no_line(views[j].text));
    for i in 0..first {
        if views[i].text.is_empty() || boiler[i].is_some() || boilerplate::is_document_text(&views[i]) {
            continue;
        }
        if masthead_end.is_some_and(|d| i < d && (i + 1..d).all(|j| !views[j].text.is_empty())) {
            continue;
        }
        // (Nor is a circulation or secrecy mark over the masthead, `内部资料　注意保存`, `秘密★1年`.)
        if title::CIRCULATION.is_match(views[i].text) {
            continue;
        }
        boiler[i] = Some(Boiler {
            kind: crate::model::BoilerplateKind::Banner,
            reason: "stands before the title in the page header".into(),
        });
    }
}
