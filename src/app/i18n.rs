//! The interface's words, in English and French.
//!
//! Every language is one [`Texts`] value: a struct rather than a key → string map, so that
//! a language missing a word does not compile. Words that depend on a number or a date
//! are functions. What the app says about a file or a link ([`Message`]), what the parser
//! found odd in a dump ([`Problem`]) and what decided the post author ([`Evidence`]) are
//! data worded here. Text from the dump itself is not translated.

use super::message::Message;
use crate::authors::Evidence;
use crate::decode::Sniff;
use crate::model::{Kind, Problem, Stamp};
use crate::share::{SourceError, MAX_SOURCE_BYTES};
use crate::summary::Summary;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The interface language for a BCP 47 tag (`fr-CA`, `en-GB`), when it speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first language of the browser's list that the interface speaks, else English.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn t(self) -> &'static Texts {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
        }
    }

    /// `Sep 16, 2010` / `16 sept. 2010`: the month in letters, unambiguous, written as each
    /// language writes the date part of [`Lang::date_time`].
    pub fn date(self, s: Stamp) -> String {
        let month = self.t().months[usize::from(s.month - 1)];
        match self {
            Lang::En => format!("{month} {}, {}", s.day, s.year),
            Lang::Fr => format!("{} {month} {}", s.day, s.year),
        }
    }

    /// `Sep 16, 2010, 12:05 PM` / `16 sept. 2010, 12:05`.
    pub fn date_time(self, s: Stamp) -> String {
        let month = self.t().months[usize::from(s.month - 1)];
        match self {
            Lang::En => {
                let hour = match s.hour % 12 {
                    0 => 12,
                    h => h,
                };
                let half = if s.hour < 12 { "AM" } else { "PM" };
                format!(
                    "{month} {}, {}, {hour}:{:02} {half}",
                    s.day, s.year, s.minute
                )
            }
            Lang::Fr => format!(
                "{} {month} {}, {:02}:{:02}",
                s.day, s.year, s.hour, s.minute
            ),
        }
    }

    /// `830 B`, `12 KB`, `1.2 MB` / `830 o`, `12 ko`, `1,2 Mo`.
    pub fn bytes(self, n: f64) -> String {
        let units = self.t().byte_units;
        let mut value = n.max(0.0);
        let mut unit = 0;
        while value >= 1000.0 && unit + 1 < units.len() {
            value /= 1000.0;
            unit += 1;
        }
        let number = if unit == 0 || value >= 10.0 {
            format!("{}", value.round())
        } else {
            format!("{value:.1}")
        };
        let number = match self {
            Lang::Fr => number.replace('.', ","),
            Lang::En => number,
        };
        format!("{number} {}", units[unit])
    }

    /// What the app tells the reader, in this language.
    pub fn message(self, m: &Message) -> String {
        (self.t().message)(m)
    }

    /// What the parser found odd in the dump, in this language.
    pub fn problem(self, p: &Problem) -> String {
        (self.t().problem)(p)
    }

    /// A dump's name for the file-name slot: the names palabre gives (a shared link, a
    /// linked file) in this language, a file's own name as it is.
    pub fn dump_name(self, name: &str) -> String {
        let t = self.t();
        match name {
            crate::share::msg::SHARED_LINK => t.shared_link.to_string(),
            crate::share::msg::LINKED_FILE => t.linked_file.to_string(),
            _ => name.to_string(),
        }
    }

    pub fn optional_date(self, s: Option<Stamp>) -> String {
        s.map_or_else(|| "—".to_string(), |s| self.date(s))
    }

    /// "133 entries · 107 authors · Sep 16, 2010 – Mar 17, 2014 · 3 undated"
    pub fn summary(self, s: &Summary) -> String {
        let t = self.t();
        let mut parts = vec![(t.entries)(s.entries), (t.authors)(s.authors)];
        match (s.first, s.last) {
            (Some(a), Some(b)) if (a.year, a.month, a.day) == (b.year, b.month, b.day) => {
                parts.push(self.date(a))
            }
            (Some(a), Some(b)) => parts.push(format!("{} – {}", self.date(a), self.date(b))),
            _ => {}
        }
        if s.undated > 0 {
            parts.push((t.undated)(s.undated));
        }
        parts.join(" · ")
    }

    /// `45 s`, `21 min`, `3 h 5 min`, `2 d 4 h` (`2 j 4 h` in French).
    pub fn duration(self, seconds: i64) -> String {
        let day = self.t().day_unit;
        let (d, h, m) = (seconds / 86_400, seconds / 3600 % 24, seconds / 60 % 60);
        match (d, h, m) {
            (0, 0, 0) => format!("{seconds} s"),
            (0, 0, m) => format!("{m} min"),
            (0, h, 0) => format!("{h} h"),
            (0, h, m) => format!("{h} h {m} min"),
            (d, 0, _) => format!("{d} {day}"),
            (d, h, _) => format!("{d} {day} {h} h"),
        }
    }

    /// A silence folded out of the axis, in the largest unit that says it.
    pub fn gap(self, seconds: i64) -> String {
        match seconds {
            s if s >= 86_400 => format!("{} {}", s / 86_400, self.t().day_unit),
            s if s >= 3600 => format!("{} h", s / 3600),
            s => format!("{} min", s / 60),
        }
    }
}

/// Every word of the interface in one language.
pub struct Texts {
    pub language_name: &'static str,
    pub months: [&'static str; 12],
    pub day_unit: &'static str,
    pub byte_units: [&'static str; 5],

    // Counted things.
    pub entries: fn(usize) -> String,
    pub authors: fn(usize) -> String,
    pub undated: fn(usize) -> String,
    pub replies: fn(usize) -> String,
    pub hits: fn(usize) -> String,
    pub kind_plural: fn(Kind) -> &'static str,
    pub kind_badge: fn(Kind) -> &'static str,

    // Top bar and loading.
    pub export: &'static str,
    pub download_json: &'static str,
    pub download_csv: &'static str,
    pub close: &'static str,
    pub dismiss: &'static str,
    pub reading: fn(&str) -> String,
    pub progress_label: &'static str,
    pub progress: fn(&str, &str, Option<usize>) -> String,
    pub first_screen: &'static str,
    pub settings: &'static str,
    pub language: &'static str,
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub shortcuts_button: &'static str,

    // Drop zone.
    pub drop_title: &'static str,
    pub drop_hint: &'static str,
    pub choose_file: &'static str,
    pub open_another: &'static str,
    pub open_example: &'static str,
    pub or_paste: &'static str,
    pub drop_zone_label: &'static str,

    // The archive.
    pub notices_label: &'static str,
    pub by: &'static str,
    pub read_rest: fn(usize) -> String,
    pub cut_paragraph: fn(usize) -> String,
    pub show_entries: &'static str,
    pub threads: &'static str,
    pub chronological: &'static str,
    pub entries_in_dump_order: &'static str,
    pub thread_tree: &'static str,
    pub one_thread: fn(&str, usize) -> String,
    pub back_to_all: &'static str,
    pub hide_replies: &'static str,
    pub show_replies: fn(usize) -> String,
    pub continue_thread: fn(usize) -> String,
    pub in_reply_to: fn(&str) -> String,
    pub also_answers: &'static str,
    pub why: &'static str,
    pub copy_link: &'static str,
    pub encoding_label: &'static str,
    pub relative_from: &'static str,
    pub approximately: fn(&str, &str) -> String,
    pub sure: fn(f32) -> String,
    pub no_date: &'static str,
    pub as_written: fn(&str) -> String,
    pub post_author: &'static str,
    pub post_author_title: &'static str,
    pub highlight_title: &'static str,
    pub by_person: fn(usize) -> String,
    pub first_last: fn(&str, &str) -> String,
    pub previous: &'static str,
    pub next: &'static str,
    pub clear_esc: &'static str,
    pub clear: &'static str,
    pub showing_from: fn(usize, &str) -> String,
    pub nothing_shown: &'static str,

    // Search and filters.
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub hit_of: fn(usize, usize) -> String,
    pub no_hits: &'static str,
    pub previous_hit: &'static str,
    pub next_hit: &'static str,
    pub filters_label: &'static str,
    pub host_threads_only: &'static str,

    // Shortcut sheet.
    pub shortcuts_title: &'static str,
    pub shortcuts: [(&'static str, &'static str); 11],

    // Authors panel.
    pub authors_panel: fn(usize) -> String,
    pub show_all_authors: fn(usize) -> String,
    pub post_author_is: fn(&str, &str) -> String,
    /// Why that person is taken for the post author.
    pub evidence: fn(&Evidence) -> String,
    pub col_name: &'static str,
    pub col_entries: &'static str,
    pub col_first: &'static str,
    pub col_last: &'static str,
    pub col_given: &'static str,
    pub col_received: &'static str,
    pub who_answers_whom: &'static str,

    // Timeline.
    pub timeline: &'static str,
    pub no_dated: fn(usize) -> String,
    pub without_entries: fn(&str) -> String,
    pub most_active: &'static str,
    pub week_of: fn(&str) -> String,
    pub timeline_summary: fn(usize, usize, &str, &str, &str, usize) -> String,
    pub unit_names: [&'static str; 6],
    pub bar_hint: &'static str,
    pub median_first_reply: fn(&str, usize) -> String,
    pub host_answered: fn(&str, &str, usize) -> String,
    pub host_replied_mark: &'static str,
    pub panels_label: &'static str,
    pub tab_entries: &'static str,
    pub tab_timeline: &'static str,
    pub tab_authors: &'static str,

    // Sharing.
    pub share: &'static str,
    pub share_title: &'static str,
    pub view_link: &'static str,
    pub view_link_hint_source: &'static str,
    pub view_link_hint_local: &'static str,
    pub data_link: &'static str,
    pub data_link_hint: &'static str,
    pub data_link_making: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub save_html: &'static str,
    pub save_html_hint: &'static str,
    pub save_html_failed: &'static str,
    pub from_file_hint: &'static str,
    pub link_length: fn(usize) -> String,
    pub link_long: fn(usize) -> String,
    /// The link's length, and the longest a browser opens.
    pub link_too_long: fn(usize, usize) -> String,
    pub export_note: &'static str,
    pub shared_link: &'static str,
    pub linked_file: &'static str,

    // What the app says about a file or a link.
    pub message: fn(&Message) -> String,
    /// What the parser found odd in the dump.
    pub problem: fn(&Problem) -> String,

    // Library.
    pub library: &'static str,
    pub library_title: fn(usize) -> String,
    pub show_library: &'static str,
    pub library_private: &'static str,
    pub library_unavailable: fn(&str) -> String,
    pub storage_used: fn(&str, &str) -> String,
    pub rename: &'static str,
    pub delete: &'static str,
    pub delete_confirm: &'static str,
    pub cancel: &'static str,
}

/// `42,508` / `42 508`: thousands apart.
fn grouped(n: usize, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub static EN: Texts = Texts {
    language_name: "English",
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    day_unit: "d",
    byte_units: ["B", "KB", "MB", "GB", "TB"],
    entries: |n| plural(n, "entry", "entries"),
    authors: |n| plural(n, "author", "authors"),
    undated: |n| format!("{n} undated"),
    replies: |n| plural(n, "reply", "replies"),
    hits: |n| plural(n, "hit", "hits"),
    kind_plural: |k| match k {
        Kind::Comment => "comments",
        Kind::Pingback => "pingbacks",
        Kind::Echo => "echoes",
        Kind::Message => "messages",
        Kind::System => "system lines",
    },
    kind_badge: |k| match k {
        Kind::Comment => "comment",
        Kind::Pingback => "pingback",
        Kind::Echo => "echo",
        Kind::Message => "message",
        Kind::System => "system",
    },
    export: "Export",
    download_json: "Download JSON",
    download_csv: "Download CSV",
    close: "Close",
    dismiss: "Dismiss",
    reading: |name| format!("Reading {name}…"),
    progress_label: "Loading progress",
    progress: |done, total, entries| match entries {
        None => format!("{done} of {total}"),
        Some(n) => format!(
            "{total} read, {} found; working out who answers whom…",
            plural(n, "entry", "entries")
        ),
    },
    first_screen: "The first entries, while the rest loads.",
    settings: "Settings",
    language: "Language",
    theme: "Theme",
    theme_auto: "Auto",
    theme_light: "Light",
    theme_dark: "Dark",
    shortcuts_button: "Keyboard shortcuts (?)",
    drop_title: "Drop a discussion dump here",
    drop_hint: "A blog post with its comments, a WordPress comment list, a chat log… copied as \
                plain text. It stays in your browser: nothing is uploaded.",
    choose_file: "Choose a file",
    open_another: "Open another file",
    open_example: "Open example",
    or_paste: "or paste text anywhere (Ctrl+V / ⌘V)",
    drop_zone_label: "Open a discussion dump",
    notices_label: "Notices about this file",
    by: "by ",
    read_rest: |n| format!("Read the rest ({n} more paragraphs)"),
    cut_paragraph: |n| {
        format!(
            " … and {n} more characters, not shown here; the JSON and CSV exports have them all."
        )
    },
    show_entries: "Show entries",
    threads: "Threads",
    chronological: "Chronological",
    entries_in_dump_order: "Entries in dump order",
    thread_tree: "Threads",
    one_thread: |who, n| {
        format!(
            "One thread: {who} and its {}. ",
            plural(n, "reply", "replies")
        )
    },
    back_to_all: "Back to all threads",
    hide_replies: "▾ Hide replies",
    show_replies: |n| format!("▸ Show {}", plural(n, "reply", "replies")),
    continue_thread: |n| format!("Continue this thread ({n} more) →"),
    in_reply_to: |who| format!("↩ in reply to {who}"),
    also_answers: "also answers ",
    why: "why?",
    copy_link: "Copy a link to this entry",
    encoding_label: "Read as",
    relative_from: "Relative dates count back from",
    approximately: |written, from| format!("About: “{written}”, counted back from {from}"),
    sure: |c| format!(" ({}% sure)", (c * 100.0).round()),
    no_date: "no date",
    as_written: |t| format!("As written in the dump: {t}"),
    post_author: "post author",
    post_author_title: "The author of the post",
    highlight_title: "Highlight this person's entries",
    by_person: |n| format!("{} by ", plural(n, "entry", "entries")),
    first_last: |a, b| format!(" · first {a} · last {b}"),
    previous: "◀ Previous",
    next: "Next ▶",
    clear_esc: "Clear (Esc)",
    clear: "Clear",
    showing_from: |n, span| format!("Showing {} from {span}", plural(n, "entry", "entries")),
    nothing_shown: "No entry matches these filters.",
    search_label: "Search the entries",
    search_placeholder: "Search (/)",
    hit_of: |i, n| format!("{i} / {n}"),
    no_hits: "no hit",
    previous_hit: "Previous hit (p)",
    next_hit: "Next hit (n)",
    filters_label: "Show",
    host_threads_only: "Only threads the post author took part in",
    shortcuts_title: "Keyboard shortcuts",
    shortcuts: [
        ("j / k", "next / previous entry"),
        (
            "↑ ↓ ← → / Home / End",
            "in the list: move, fold or unfold, go to the entry answered or the first reply",
        ),
        ("n / p", "next / previous search hit"),
        ("/", "search"),
        ("a", "highlight the selected entry's author"),
        ("o", "fold or unfold the selected entry's replies"),
        ("t", "threads or chronological order"),
        ("?", "this sheet"),
        ("Esc", "close, or clear highlight, search, filters"),
        ("← → Home End on the timeline", "move between bars"),
        ("Enter on a bar", "show only that time (Shift: extend)"),
    ],
    authors_panel: |n| format!("Authors ({n})"),
    show_all_authors: |n| format!("Show all {n} people"),
    post_author_is: |who, why| format!("Post author: {who} ({why})."),
    evidence: |e| match e {
        Evidence::Header { .. } => "named at the top of the post".into(),
        Evidence::Pingback { .. } => format!("named by a pingback: {e}"),
        Evidence::Answers { count, .. } => {
            format!("answers most of the others: {}", plural(*count, "answer", "answers"))
        }
    },
    col_name: "Name",
    col_entries: "Entries",
    col_first: "First",
    col_last: "Last",
    col_given: "Replies given",
    col_received: "Replies received",
    who_answers_whom: "Who answers whom",
    timeline: "Timeline",
    no_dated: |n| format!("No dated entries to draw ({n} undated)."),
    without_entries: |gap| format!("{gap} without entries"),
    most_active: "Most active",
    week_of: |d| format!("week of {d}"),
    timeline_summary: |dated, bars, unit, from, to, breaks| {
        let folded = match breaks {
            0 => String::new(),
            n => format!(", {} folded", plural(n, "silence", "silences")),
        };
        format!("Timeline: {dated} dated entries in {bars} bars of one {unit} each, from {from} to {to}{folded}")
    },
    unit_names: ["minute", "hour", "day", "week", "month", "year"],
    bar_hint:
        "Point at or tab to a bar for details; click or drag across bars to show only that time.",
    median_first_reply: |d, n| format!("Median time to a first reply: {d} ({n} entries answered)."),
    host_answered: |who, d, n| {
        format!(
            " {who} answered in a median {d} ({}).",
            plural(n, "answer", "answers")
        )
    },
    host_replied_mark: "● post author replied",
    panels_label: "Views",
    tab_entries: "Entries",
    tab_timeline: "Timeline",
    tab_authors: "Authors",
    share: "Share",
    share_title: "Share this view",
    view_link: "Link to this view",
    view_link_hint_source: "Opens the same dump (from its address) at this view: selected entry, highlight, time range, mode.",
    view_link_hint_local: "Opens this view for someone who opens the same dump: the dump itself is not in the link.",
    data_link: "Link with the data inside",
    data_link_hint: "The dump is compressed into the link itself, after the #: it never reaches any server.",
    data_link_making: "Packing the dump into a link…",
    copy: "Copy",
    copied: "Link copied.",
    copy_failed: "The browser did not let palabre copy: select the link and copy it yourself.",
    save_html: "Save as HTML",
    save_html_hint: "A single read-only page (threads, authors, timeline) anyone can open without palabre.",
    save_html_failed: "The HTML page could not be saved.",
    from_file_hint: "palabre is opened from a file here: a link only works where the same palabre.html is at the same place.",
    link_length: |n| format!("{} characters", grouped(n, ",")),
    link_long: |limit| format!("Longer than {} characters: chat apps and mail may cut it. Send the page or the file instead:", grouped(limit, ",")),
    link_too_long: |n, limit| format!("{} characters: too long for a browser's address bar (over {}). Send the page or the file instead:", grouped(n, ","), grouped(limit, ",")),
    export_note: "A read-only copy saved from palabre: threads, authors and timeline as they were \
                  rebuilt from the dump.",
    shared_link: "shared link",
    linked_file: "linked file",
    message: en_message,
    // The JSON's own sentences.
    problem: |p| p.to_string(),
    library: "Library",
    library_title: |n| format!("Your library ({n})"),
    show_library: "Show or hide the library",
    library_private: "Kept in this browser only; nothing is uploaded.",
    library_unavailable: |why| {
        format!(
            "Dumps cannot be kept in this browser ({why}); they stay open until the page closes."
        )
    },
    storage_used: |used, quota| format!("{used} used of {quota} available."),
    rename: "Rename",
    delete: "Delete",
    delete_confirm: "Delete for good? ",
    cancel: "Cancel",
};

pub static FR: Texts = Texts {
    language_name: "Français",
    months: [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    day_unit: "j",
    byte_units: ["o", "ko", "Mo", "Go", "To"],
    entries: |n| plural(n, "entrée", "entrées"),
    authors: |n| plural(n, "auteur", "auteurs"),
    undated: |n| plural(n, "sans date", "sans date"),
    replies: |n| plural(n, "réponse", "réponses"),
    hits: |n| plural(n, "résultat", "résultats"),
    kind_plural: |k| match k {
        Kind::Comment => "commentaires",
        Kind::Pingback => "rétroliens",
        Kind::Echo => "échos",
        Kind::Message => "messages",
        Kind::System => "lignes système",
    },
    kind_badge: |k| match k {
        Kind::Comment => "commentaire",
        Kind::Pingback => "rétrolien",
        Kind::Echo => "écho",
        Kind::Message => "message",
        Kind::System => "système",
    },
    export: "Exporter",
    download_json: "Télécharger le JSON",
    download_csv: "Télécharger le CSV",
    close: "Fermer",
    dismiss: "Masquer",
    reading: |name| format!("Lecture de {name}…"),
    progress_label: "Progression du chargement",
    progress: |done, total, entries| match entries {
        None => format!("{done} sur {total}"),
        Some(n) => format!(
            "{total} lus, {} ; calcul de qui répond à qui…",
            plural(n, "entrée trouvée", "entrées trouvées")
        ),
    },
    first_screen: "Les premières entrées, pendant que le reste se charge.",
    settings: "Réglages",
    language: "Langue",
    theme: "Thème",
    theme_auto: "Auto",
    theme_light: "Clair",
    theme_dark: "Sombre",
    shortcuts_button: "Raccourcis clavier (?)",
    drop_title: "Déposez ici le texte d’une discussion",
    drop_hint: "Un billet de blog et ses commentaires, une liste de commentaires WordPress, un \
                journal de discussion… copiés en texte brut. Tout reste dans votre navigateur : \
                rien n’est envoyé.",
    choose_file: "Choisir un fichier",
    open_another: "Ouvrir un autre fichier",
    open_example: "Ouvrir l’exemple",
    or_paste: "ou collez du texte n’importe où (Ctrl+V / ⌘V)",
    drop_zone_label: "Ouvrir une discussion",
    notices_label: "Remarques sur ce fichier",
    by: "par ",
    read_rest: |n| format!("Lire la suite ({n} paragraphes de plus)"),
    cut_paragraph: |n| {
        format!(" … et {n} caractères de plus, non affichés ici ; les exports JSON et CSV les contiennent tous.")
    },
    show_entries: "Afficher les entrées",
    threads: "Fils",
    chronological: "Chronologique",
    entries_in_dump_order: "Entrées dans l’ordre du texte",
    thread_tree: "Fils de discussion",
    one_thread: |who, n| {
        format!(
            "Un seul fil : {who} et ses {}. ",
            plural(n, "réponse", "réponses")
        )
    },
    back_to_all: "Revenir à tous les fils",
    hide_replies: "▾ Masquer les réponses",
    show_replies: |n| format!("▸ Afficher {}", plural(n, "réponse", "réponses")),
    continue_thread: |n| format!("Suite de ce fil ({n} de plus) →"),
    in_reply_to: |who| format!("↩ en réponse à {who}"),
    also_answers: "répond aussi à ",
    why: "pourquoi ?",
    copy_link: "Copier un lien vers cette entrée",
    encoding_label: "Lu comme",
    relative_from: "Les dates relatives comptent à rebours depuis le",
    approximately: |written, from| format!("Environ : « {written} », compté depuis le {from}"),
    sure: |c| format!(" (sûr à {} %)", (c * 100.0).round()),
    no_date: "sans date",
    as_written: |t| format!("Tel qu’écrit dans le texte : {t}"),
    post_author: "auteur du billet",
    post_author_title: "L’auteur du billet",
    highlight_title: "Mettre en évidence les entrées de cette personne",
    by_person: |n| format!("{} de ", plural(n, "entrée", "entrées")),
    first_last: |a, b| format!(" · première le {a} · dernière le {b}"),
    previous: "◀ Précédente",
    next: "Suivante ▶",
    clear_esc: "Effacer (Échap)",
    clear: "Effacer",
    showing_from: |n, span| format!("{} affichées, du {span}", plural(n, "entrée", "entrées")),
    nothing_shown: "Aucune entrée ne correspond à ces filtres.",
    search_label: "Chercher dans les entrées",
    search_placeholder: "Chercher (/)",
    hit_of: |i, n| format!("{i} / {n}"),
    no_hits: "aucun résultat",
    previous_hit: "Résultat précédent (p)",
    next_hit: "Résultat suivant (n)",
    filters_label: "Afficher",
    host_threads_only: "Seulement les fils où l’auteur du billet a écrit",
    shortcuts_title: "Raccourcis clavier",
    shortcuts: [
        ("j / k", "entrée suivante / précédente"),
        (
            "↑ ↓ ← → / Début / Fin",
            "dans la liste : se déplacer, replier ou déplier, aller à l’entrée à laquelle on répond ou à la première réponse",
        ),
        ("n / p", "résultat de recherche suivant / précédent"),
        ("/", "chercher"),
        ("a", "mettre en évidence l’auteur de l’entrée choisie"),
        ("o", "replier ou déplier les réponses de l’entrée choisie"),
        ("t", "fils ou ordre chronologique"),
        ("?", "cette aide"),
        (
            "Échap",
            "fermer, ou effacer mise en évidence, recherche, filtres",
        ),
        ("← → Début Fin sur la frise", "passer d’une barre à l’autre"),
        (
            "Entrée sur une barre",
            "n’afficher que cette période (Maj : étendre)",
        ),
    ],
    authors_panel: |n| format!("Auteurs ({n})"),
    show_all_authors: |n| format!("Afficher les {n} personnes"),
    post_author_is: |who, why| format!("Auteur du billet : {who} ({why})."),
    evidence: |e| match e {
        Evidence::Header { .. } => "nommé en tête du billet".into(),
        Evidence::Pingback {
            kind,
            entry,
            handle,
        } => format!(
            "nommé par un rétrolien : {} nº {entry} dit « … by {handle} »",
            (FR.kind_badge)(*kind)
        ),
        Evidence::Answers { count, .. } => format!(
            "répond à la plupart des autres : {}",
            plural(*count, "réponse", "réponses")
        ),
    },
    col_name: "Nom",
    col_entries: "Entrées",
    col_first: "Première",
    col_last: "Dernière",
    col_given: "Réponses données",
    col_received: "Réponses reçues",
    who_answers_whom: "Qui répond à qui",
    timeline: "Frise",
    no_dated: |n| format!("Aucune entrée datée à dessiner ({n} sans date)."),
    without_entries: |gap| format!("{gap} sans entrée"),
    most_active: "Les plus actifs",
    week_of: |d| format!("semaine du {d}"),
    timeline_summary: |dated, bars, unit, from, to, breaks| {
        let folded = match breaks {
            0 => String::new(),
            n => format!(", {} repliés", plural(n, "silence", "silences")),
        };
        format!("Frise : {dated} entrées datées en {bars} barres d’{unit} chacune, du {from} au {to}{folded}")
    },
    // With their article: "d’un mois", "d’une semaine".
    unit_names: ["une minute", "une heure", "une journée", "une semaine", "un mois", "une année"],
    bar_hint: "Pointez une barre ou allez-y au clavier pour le détail ; cliquez ou glissez sur \
               des barres pour n’afficher que cette période.",
    median_first_reply: |d, n| {
        format!("Délai médian d’une première réponse : {d} ({n} entrées ont reçu une réponse).")
    },
    host_answered: |who, d, n| {
        format!(
            " {who} a répondu en {d} en médiane ({}).",
            plural(n, "réponse", "réponses")
        )
    },
    host_replied_mark: "● réponse de l’auteur du billet",
    panels_label: "Vues",
    tab_entries: "Entrées",
    tab_timeline: "Frise",
    tab_authors: "Auteurs",
    share: "Partager",
    share_title: "Partager cette vue",
    view_link: "Lien vers cette vue",
    view_link_hint_source: "Ouvre la même discussion (depuis son adresse) sur cette vue : entrée choisie, mise en évidence, période, mode.",
    view_link_hint_local: "Ouvre cette vue pour qui ouvre la même discussion : la discussion elle-même n’est pas dans le lien.",
    data_link: "Lien avec les données dedans",
    data_link_hint: "La discussion est compressée dans le lien même, après le # : elle n’atteint jamais aucun serveur.",
    data_link_making: "Compression de la discussion dans un lien…",
    copy: "Copier",
    copied: "Lien copié.",
    copy_failed: "Le navigateur n’a pas laissé palabre copier : sélectionnez le lien et copiez-le vous-même.",
    save_html: "Enregistrer en HTML",
    save_html_hint: "Une seule page en lecture seule (fils, auteurs, frise) que chacun peut ouvrir sans palabre.",
    save_html_failed: "La page HTML n’a pas pu être enregistrée.",
    from_file_hint: "palabre est ouvert ici depuis un fichier : un lien ne marche que là où le même palabre.html est au même endroit.",
    link_length: |n| format!("{} caractères", grouped(n, "\u{202f}")),
    link_long: |limit| format!("Plus de {} caractères : les messageries peuvent le couper. Envoyez plutôt la page ou le fichier :", grouped(limit, "\u{202f}")),
    link_too_long: |n, limit| format!("{} caractères : trop long pour la barre d’adresse d’un navigateur (plus de {}). Envoyez plutôt la page ou le fichier :", grouped(n, "\u{202f}"), grouped(limit, "\u{202f}")),
    export_note: "Une copie en lecture seule enregistrée depuis palabre : les fils, les auteurs et \
                  la frise tels qu’ils ont été reconstruits depuis le texte.",
    shared_link: "lien partagé",
    linked_file: "fichier lié",
    message: fr_message,
    problem: fr_problem,
    library: "Bibliothèque",
    library_title: |n| format!("Votre bibliothèque ({n})"),
    show_library: "Afficher ou masquer la bibliothèque",
    library_private: "Conservée dans ce navigateur seulement ; rien n’est envoyé.",
    library_unavailable: |why| {
        format!("Ce navigateur ne peut pas conserver les discussions ({why}) ; elles restent ouvertes jusqu’à la fermeture de la page.")
    },
    storage_used: |used, quota| format!("{used} utilisés sur {quota} disponibles."),
    rename: "Renommer",
    delete: "Supprimer",
    delete_confirm: "Supprimer définitivement ? ",
    cancel: "Annuler",
};

fn en_message(m: &Message) -> String {
    match m {
        Message::Text(text) => text.clone(),
        Message::Sniffed(sniff) => sniff.message().unwrap_or_default(),
        Message::ReadAs(e) => format!("Read as {}, as chosen.", e.name()),
        Message::TooLarge(mb) => format!(
            "this file is {mb} MB; palabre opens files up to {} MB.",
            MAX_SOURCE_BYTES >> 20
        ),
        Message::Unreadable(why) => format!("the file could not be read ({why})."),
        Message::NoDecoder(e) => format!("this browser cannot decode {} text.", e.label()),
        Message::Invalid(e) => format!("the file is not valid {} text.", e.label()),
        Message::Source(e) => e.to_string(),
        Message::DamagedLink => "the data in this link is damaged (it may have been cut by the \
                                 app that carried it). Ask for the link again, or for the file."
            .into(),
        Message::NoDecompression => "this browser cannot decompress the data in links (it lacks \
                                     DecompressionStream)."
            .into(),
        Message::NoCompression => "The link could not be made: this browser cannot compress (it \
                                   lacks CompressionStream)."
            .into(),
        Message::PackFailed(why) => format!("The link could not be made: {why}"),
        Message::FileGone => "The link could not be made: the file is no longer at hand.".into(),
        Message::NotStored => "this dump is no longer in the library".into(),
        Message::WorkerUnreachable => "the file could not be handed to the worker.".into(),
        Message::WorkerStopped => "the file could not be parsed (the worker stopped).".into(),
        Message::WorkerDamaged => "the worker sent a damaged part of the dump.".into(),
        Message::WorkerSentNothing => "the worker sent no dump.".into(),
    }
}

fn fr_message(m: &Message) -> String {
    match m {
        Message::Text(text) => text.clone(),
        Message::Sniffed(sniff) => match sniff {
            Sniff::Empty => "Ce fichier est vide : il n’y a rien à afficher.",
            Sniff::Binary => {
                "Ce fichier ressemble à un fichier binaire (une image, une archive ou un \
                 programme), pas au texte d’une discussion."
            }
            Sniff::Windows1252 => {
                "Ce fichier n’est pas de l’UTF-8 valide : il a été lu comme du Windows-1252 \
                 (Europe de l’Ouest), comme le suggèrent ses octets pour les guillemets et les \
                 tirets. Si les accents sont faux, choisissez un autre encodage."
            }
            Sniff::Latin1 => {
                "Ce fichier n’est pas de l’UTF-8 valide : il a été lu comme de l’ISO-8859-1 \
                 (Latin-1, Europe de l’Ouest). Si les accents sont faux, choisissez un autre \
                 encodage."
            }
            Sniff::Utf16Le | Sniff::Utf16Be => "Ce fichier est du texte UTF-16.",
            Sniff::Mixed { repaired, .. } => {
                return format!(
                    "Ce fichier est de l’UTF-8, sauf {repaired} octet(s) qui n’en sont pas : \
                     ils ont été lus comme du Windows-1252 (Europe de l’Ouest). Si un \
                     caractère semble faux, choisissez un autre encodage."
                )
            }
            Sniff::Utf8 { .. } => "",
        }
        .to_string(),
        Message::ReadAs(e) => format!("Lu comme {}, comme choisi.", e.name()),
        Message::TooLarge(mb) => format!(
            "ce fichier fait {mb} Mo ; palabre ouvre les fichiers jusqu’à {} Mo.",
            MAX_SOURCE_BYTES >> 20
        ),
        Message::Unreadable(why) => format!("le fichier n’a pas pu être lu ({why})."),
        Message::NoDecoder(e) => {
            format!("ce navigateur ne sait pas décoder du texte {}.", e.label())
        }
        Message::Invalid(e) => format!("le fichier n’est pas du texte {} valide.", e.label()),
        Message::Source(e) => fr_source_error(e),
        Message::DamagedLink => "les données de ce lien sont abîmées (l’application qui l’a \
                                 transmis l’a peut-être coupé). Redemandez le lien, ou le \
                                 fichier."
            .into(),
        Message::NoDecompression => "ce navigateur ne sait pas décompresser les données des liens \
                                     (il lui manque DecompressionStream)."
            .into(),
        Message::NoCompression => "Le lien n’a pas pu être fait : ce navigateur ne sait pas \
                                   compresser (il lui manque CompressionStream)."
            .into(),
        Message::PackFailed(why) => format!("Le lien n’a pas pu être fait : {why}"),
        Message::FileGone => {
            "Le lien n’a pas pu être fait : le fichier n’est plus disponible.".into()
        }
        Message::NotStored => "cette discussion n’est plus dans la bibliothèque".into(),
        Message::WorkerUnreachable => {
            "le fichier n’a pas pu être confié au processus d’arrière-plan.".into()
        }
        Message::WorkerStopped => {
            "le fichier n’a pas pu être analysé (le processus d’arrière-plan s’est arrêté).".into()
        }
        Message::WorkerDamaged => {
            "le processus d’arrière-plan a envoyé une partie abîmée de la discussion.".into()
        }
        Message::WorkerSentNothing => {
            "le processus d’arrière-plan n’a envoyé aucune discussion.".into()
        }
    }
}

/// The parser's problems in French (English: `Problem`'s `Display`, the JSON's words).
/// Unlike the English, which keeps the JSON's "(s)", each count takes its own number;
/// French puts 0 and 1 in the singular.
fn fr_problem(p: &Problem) -> String {
    let one = |n: usize| n < 2;
    match p {
        Problem::Text(text) => text.clone(),
        Problem::Unrecognised => "Aucun commentaire ni message n’a été reconnu dans ce \
                                  texte\u{a0}: il est affiché comme un seul billet. Les formats \
                                  pris en charge sont listés dans le README."
            .into(),
        Problem::Empty => "Ce texte est vide ou ne contient que des espaces.".into(),
        Problem::GuessedLayout {
            headers,
            line,
            text,
        } if one(*headers) => format!(
            "La mise en page de ce texte n’a pas été reconnue\u{a0}: {headers} ligne qui \
             ressemble à un nom et une date (la ligne {line}, «\u{a0}{text}\u{a0}») a été prise \
             pour le début d’une entrée. Vérifiez le résultat."
        ),
        Problem::GuessedLayout {
            headers,
            line,
            text,
        } => format!(
            "La mise en page de ce texte n’a pas été reconnue\u{a0}: {headers} lignes qui \
             ressemblent à un nom et une date (comme la ligne {line}, «\u{a0}{text}\u{a0}») ont \
             été prises pour des débuts d’entrées. Vérifiez le résultat."
        ),
        Problem::CountMismatch { declared, found } => {
            let declared = match declared {
                n if one(*n) => format!("{n} commentaire"),
                n => format!("{n} commentaires"),
            };
            match found {
                0 => format!("La page annonce {declared}, mais palabre n’en a trouvé aucun."),
                n => format!("La page annonce {declared}, mais palabre en a trouvé {n}."),
            }
        }
        Problem::UnreadableDate { line, text } => {
            format!("Ligne {line}\u{a0}: la date «\u{a0}{text}\u{a0}» n’a pas pu être lue.")
        }
        Problem::UnreadableStamps { count, line } if one(*count) => {
            format!("{count} date n’a pas pu être lue (ligne {line}).")
        }
        Problem::UnreadableStamps { count, line } => {
            format!("{count} dates n’ont pas pu être lues (la première est à la ligne {line}).")
        }
        Problem::RelativeDates {
            count,
            example,
            anchor,
        } => {
            let dates = if one(*count) {
                format!("{count} date est relative («\u{a0}{example}\u{a0}»)")
            } else {
                format!("{count} dates sont relatives (comme «\u{a0}{example}\u{a0}»)")
            };
            match (anchor, one(*count)) {
                (None, true) => format!(
                    "{dates} et aucune date de référence n’a été donnée\u{a0}: cette entrée \
                     reste sans date."
                ),
                (None, false) => format!(
                    "{dates} et aucune date de référence n’a été donnée\u{a0}: ces entrées \
                     restent sans date."
                ),
                (Some(a), true) => format!(
                    "{dates}\u{a0}: elle a été calculée à partir du {} et reste approximative.",
                    fr_moment(*a)
                ),
                (Some(a), false) => format!(
                    "{dates}\u{a0}: elles ont été calculées à partir du {} et sont \
                     approximatives.",
                    fr_moment(*a)
                ),
            }
        }
        Problem::DateOrder {
            example,
            month_first,
        } => format!(
            "Rien dans le fichier n’indique si les dates comme «\u{a0}{example}\u{a0}» donnent \
             le jour ou le mois en premier\u{a0}: le {} a été lu en premier.",
            if *month_first { "mois" } else { "jour" }
        ),
        Problem::SiteHeader { lines } if one(*lines) => {
            format!("{lines} ligne d’en-tête du site, au-dessus du titre, a été laissée de côté.")
        }
        Problem::SiteHeader { lines } => format!(
            "{lines} lignes d’en-tête du site, au-dessus du titre, ont été laissées de côté."
        ),
        Problem::CommentForm { from, to } if from == to => format!(
            "La ligne {from} (le formulaire de commentaire et ce qui le suit) a été laissée de \
             côté."
        ),
        Problem::CommentForm { from, to } => format!(
            "{} (le formulaire de commentaire et ce qui le suit) ont été laissées de côté.",
            fr_lines(*from, *to)
        ),
        Problem::Footer { from, to } if from == to => {
            format!("La ligne {from} ressemble au pied de page du site et a été laissée de côté.")
        }
        Problem::Footer { from, to } => format!(
            "{} ressemblent au pied de page du site et ont été laissées de côté.",
            fr_lines(*from, *to)
        ),
        Problem::NotIrc { count, line } if one(*count) => format!(
            "{count} ligne ne ressemble pas à un message IRC (ligne {line})\u{a0}; elle est \
             affichée comme une ligne système."
        ),
        Problem::NotIrc { count, line } => format!(
            "{count} lignes ne ressemblent pas à des messages IRC (la première est la ligne \
             {line})\u{a0}; elles sont affichées comme des lignes système."
        ),
        Problem::Unplaced { count } if one(*count) => format!(
            "{count} commentaire n’a pas pu être placé dans le fil d’après ses liens (la copie \
             est peut-être partielle)\u{a0}; ses réponses sont devinées."
        ),
        Problem::Unplaced { count } => format!(
            "{count} commentaires n’ont pas pu être placés dans le fil d’après leurs liens (la \
             copie est peut-être partielle)\u{a0}; leurs réponses sont devinées."
        ),
        Problem::Orphans { count, line } if one(*count) => format!(
            "{count} commentaire répond à quelqu’un qui n’a aucun commentaire plus haut (ligne \
             {line})\u{a0}: la copie est peut-être partielle."
        ),
        Problem::Orphans { count, line } => format!(
            "{count} commentaires répondent à quelqu’un qui n’a aucun commentaire plus haut (le \
             premier est à la ligne {line})\u{a0}: la copie est peut-être partielle."
        ),
    }
}

/// `Les lignes 20 et 21`, `Les lignes 20 à 25`: two lines or more.
fn fr_lines(from: usize, to: usize) -> String {
    if from.checked_add(1) == Some(to) {
        format!("Les lignes {from} et {to}")
    } else {
        format!("Les lignes {from} à {to}")
    }
}

/// `1 janv. 2026`, or `16 sept. 2010 à 12:05` when the moment has a time of day (an
/// anchor the reader picked is a day; the CLI's `--now` may say more).
fn fr_moment(s: Stamp) -> String {
    let day = Lang::Fr.date(s);
    match (s.hour, s.minute) {
        (0, 0) => day,
        (h, m) => format!("{day} à {h:02}:{m:02}"),
    }
}

/// Why a `?src=` dump could not be opened, in French (English: `SourceError`'s `Display`).
fn fr_source_error(e: &SourceError) -> String {
    match e {
        SourceError::NotFound { url } => format!(
            "introuvable à {url} (le serveur a répondu 404). Vérifiez l’adresse src= du lien."
        ),
        SourceError::Http { url, status } => format!(
            "le serveur de {url} a répondu par une erreur (HTTP {status}) ; réessayez plus tard."
        ),
        SourceError::Network { url } => format!(
            "impossible de récupérer {url}. L’adresse est peut-être fausse ou hors ligne, ou son \
             serveur ne laisse pas d’autres sites la lire : il doit autoriser les requêtes \
             d’autres origines (CORS), ou mettez le fichier à côté de palabre et donnez-le par \
             un chemin relatif (?src=discussion.txt). Seules les adresses https:// et les \
             fichiers à côté de palabre peuvent être ouverts."
        ),
        SourceError::NotText { url, content_type } => format!(
            "{url} n’est pas un fichier texte (le serveur dit {content_type}) ; palabre ouvre \
             des discussions en texte brut."
        ),
        SourceError::Binary { url } => format!(
            "{url} ressemble à un fichier binaire (une image, une archive ou un programme), pas \
             au texte d’une discussion."
        ),
        SourceError::Empty { url } => format!("{url} est vide : il n’y a rien à afficher."),
        SourceError::TooLarge {
            url,
            bytes: Some(bytes),
            limit,
        } => format!(
            "{url} fait {} Mo ; palabre ouvre les fichiers jusqu’à {} Mo.",
            bytes.div_ceil(1 << 20),
            limit >> 20
        ),
        SourceError::TooLarge {
            url,
            bytes: None,
            limit,
        } => format!(
            "{url} dépasse {} Mo, le plus que palabre ouvre (le serveur n’a pas dit sa taille ; \
             palabre a arrêté la lecture là).",
            limit >> 20
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Archive;

    #[test]
    fn browser_languages_pick_the_first_one_spoken() {
        assert_eq!(Lang::negotiate(["fr-CA", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["de-DE", "en-GB", "fr"]), Lang::En);
        assert_eq!(Lang::negotiate(["de", "FR_fr"]), Lang::Fr);
        assert_eq!(Lang::negotiate([]), Lang::En);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let s = Stamp::new(2010, 9, 16, 12, 5, 0).unwrap();
        assert_eq!(Lang::En.date_time(s), "Sep 16, 2010, 12:05 PM");
        assert_eq!(Lang::Fr.date_time(s), "16 sept. 2010, 12:05");
        let midnight = Stamp::new(2010, 9, 16, 0, 7, 0).unwrap();
        assert_eq!(Lang::En.date_time(midnight), "Sep 16, 2010, 12:07 AM");
        assert_eq!(Lang::Fr.date(midnight), "16 sept. 2010");
        assert_eq!(Lang::En.date(midnight), "Sep 16, 2010");
        // A date is how its date-time starts, in both languages.
        for lang in Lang::ALL {
            assert!(lang.date_time(s).starts_with(&lang.date(s)), "{lang:?}");
        }
        assert_eq!(Lang::Fr.duration(2 * 86_400 + 3600), "2 j 1 h");
        assert_eq!(Lang::En.bytes(830.0), "830 B");
        assert_eq!(Lang::En.bytes(12_345.0), "12 KB");
        assert_eq!(Lang::Fr.bytes(1_234_567.0), "1,2 Mo");
        assert_eq!((EN.link_length)(42_508), "42,508 characters");
        assert_eq!((EN.link_length)(508), "508 characters");
        assert!((EN.link_too_long)(2_500_000, 2_097_152).starts_with(
            "2,500,000 characters: too long for a browser's address bar (over 2,097,152)"
        ));
        assert!((FR.link_too_long)(2_500_000, 2_097_152)
            .starts_with("2\u{202f}500\u{202f}000 caractères : trop long"));
        assert_eq!(
            (FR.link_length)(1_000_000),
            "1\u{202f}000\u{202f}000 caractères"
        );
    }

    #[test]
    fn every_problem_the_parser_reports_is_said_in_each_language() {
        for p in Problem::samples() {
            let (en, fr) = (Lang::En.problem(&p), Lang::Fr.problem(&p));
            // English is the JSON's sentence, whatever the interface shows.
            assert_eq!(en, p.to_string());
            assert!(!fr.is_empty(), "{p:?}");
            match p {
                // Words from elsewhere stay as they were written.
                Problem::Text(_) => assert_eq!(fr, en),
                _ => assert_ne!(fr, en, "{p:?} is not translated"),
            }
            // French spacing and apostrophes: no plain space before : ; ! ?, no '.
            for mark in [" :", " ;", " !", " ?", "'", "“", "(s)"] {
                assert!(!fr.contains(mark), "{mark:?} in {fr}");
            }
        }
        let footer = Problem::Footer {
            from: 1093,
            to: 1094,
        };
        assert_eq!(
            Lang::Fr.problem(&footer),
            "Les lignes 1093 et 1094 ressemblent au pied de page du site et ont été laissées \
             de côté."
        );
        let form = |from, to| Lang::Fr.problem(&Problem::CommentForm { from, to });
        assert_eq!(
            form(20, 20),
            "La ligne 20 (le formulaire de commentaire et ce qui le suit) a été laissée de côté."
        );
        assert!(form(20, 35).starts_with("Les lignes 20 à 35 (le formulaire"));
        assert!(form(20, 35).ends_with("ont été laissées de côté."));
        // Counts agree in French (0 and 1 singular), where English keeps the JSON's "(s)".
        let relative = |count| Problem::RelativeDates {
            count,
            example: "il y a 3 jours".into(),
            anchor: Stamp::new(2026, 1, 1, 0, 0, 0),
        };
        assert_eq!(
            Lang::Fr.problem(&relative(1)),
            "1 date est relative («\u{a0}il y a 3 jours\u{a0}»)\u{a0}: elle a été calculée à \
             partir du 1 janv. 2026 et reste approximative."
        );
        assert!(Lang::Fr
            .problem(&relative(6))
            .starts_with("6 dates sont relatives (comme «\u{a0}il y a 3 jours\u{a0}»)"));
        let count = |declared, found| Lang::Fr.problem(&Problem::CountMismatch { declared, found });
        assert_eq!(
            count(12, 0),
            "La page annonce 12 commentaires, mais palabre n’en a trouvé aucun."
        );
        assert_eq!(
            count(1, 3),
            "La page annonce 1 commentaire, mais palabre en a trouvé 3."
        );
        // A moment with a time of day says it.
        let at = Problem::RelativeDates {
            count: 2,
            example: "2 days ago".into(),
            anchor: Stamp::new(2010, 9, 16, 12, 5, 0),
        };
        assert!(Lang::Fr
            .problem(&at)
            .contains("à partir du 16 sept. 2010 à 12:05 "));
    }

    #[test]
    fn the_english_summary_is_the_clis() {
        let archive: Archive = serde_json::from_str(
            r#"{"format":"x","post":{"title":null,"author":null,"body":null},"problems":[],
            "entries":[
             {"id":0,"author":"a","time":"2010-09-16T10:00:00","time_text":null,"kind":"comment","line":0,"span":[0,0],"parents":[],"body":""},
             {"id":1,"author":"b","time":null,"time_text":null,"kind":"comment","line":0,"span":[0,0],"parents":[],"body":""},
             {"id":2,"author":"a","time":"2014-03-17T10:00:00","time_text":null,"kind":"comment","line":0,"span":[0,0],"parents":[],"body":""}]}"#,
        )
        .unwrap();
        let s = Summary::of(&archive);
        assert_eq!(Lang::En.summary(&s), s.to_string());
        assert_eq!(
            Lang::Fr.summary(&s),
            "3 entrées · 2 auteurs · 16 sept. 2010 – 17 mars 2014 · 1 sans date"
        );
    }

    #[test]
    fn what_the_app_says_about_files_and_links_is_said_in_each_language() {
        let url = "https://x.example/d.txt".to_string();
        let all = [
            Message::Sniffed(Sniff::Windows1252),
            Message::Sniffed(Sniff::Binary),
            Message::ReadAs(crate::decode::Encoding::Latin1),
            Message::TooLarge(600),
            Message::Unreadable("NotReadableError".into()),
            Message::Source(SourceError::NotFound { url: url.clone() }),
            Message::Source(SourceError::Network { url: url.clone() }),
            Message::Source(SourceError::TooLarge {
                url: url.clone(),
                bytes: Some(600 << 20),
                limit: MAX_SOURCE_BYTES,
            }),
            Message::Source(SourceError::TooLarge {
                url: url.clone(),
                bytes: None,
                limit: MAX_SOURCE_BYTES,
            }),
            Message::DamagedLink,
            Message::NoDecompression,
            Message::FileGone,
            Message::NotStored,
            Message::WorkerStopped,
        ];
        for m in &all {
            let (en, fr) = (Lang::En.message(m), Lang::Fr.message(m));
            assert!(!en.is_empty() && !fr.is_empty(), "{m:?}");
            assert_ne!(en, fr, "{m:?} is not translated");
        }
        assert_eq!(
            Lang::Fr.message(&Message::Source(SourceError::TooLarge {
                url,
                bytes: Some(600 << 20),
                limit: MAX_SOURCE_BYTES,
            })),
            "https://x.example/d.txt fait 600 Mo ; palabre ouvre les fichiers jusqu’à 512 Mo."
        );
        assert_eq!(
            Lang::Fr.dump_name(crate::share::msg::SHARED_LINK),
            "lien partagé"
        );
        assert_eq!(Lang::Fr.dump_name("notes.txt"), "notes.txt");
        let pingback = Evidence::Pingback {
            kind: Kind::Echo,
            entry: 12,
            handle: "Carole_Fabre".into(),
        };
        assert_eq!(
            (FR.evidence)(&pingback),
            "nommé par un rétrolien : écho nº 12 dit « … by Carole_Fabre »"
        );
        assert_eq!(
            (EN.evidence)(&pingback),
            "named by a pingback: echo #12 says “… by Carole_Fabre”"
        );
    }
}
