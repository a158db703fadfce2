//! The timeline of entries as an SVG bar chart drawn by the app: bars stacked by kind,
//! long silences folded into axis breaks, marks for the post author's replies and the
//! highlighted person, and a range selection by click, drag or keyboard.

use super::super::i18n::Lang;
use super::super::state::{Action, Loaded};
use super::format::{bin_range, unit_name};
use crate::model::{Kind, Stamp};
use crate::timeline::Bin;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties)]
pub struct TimelineChartProps {
    pub loaded: Rc<Loaded>,
    pub highlight: Option<usize>,
    pub range: Option<(Stamp, Stamp)>,
    pub on_action: Callback<Action>,
}

impl PartialEq for TimelineChartProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.loaded, &other.loaded)
            && self.highlight == other.highlight
            && self.range == other.range
    }
}

// Geometry in SVG user units; the chart scales to its container's width.
const BAR: f64 = 8.0;
const BAR_GAP: f64 = 1.5;
const BREAK: f64 = 46.0;
const PLOT_TOP: f64 = 14.0;
const PLOT_HEIGHT: f64 = 280.0;
/// Axis dates closer than this would overlap: the later one is left out.
const LABEL_SPACING: f64 = 150.0;
const AXIS: f64 = 30.0;
/// Pixels per user unit at the chart's natural size: a chart of a few bars stays that
/// small, a long one shrinks to its container (or scrolls, on a phone).
const NATURAL_SCALE: f64 = 0.8;

/// Kinds in stacking order, bottom first, with their CSS classes.
const STACK: [(Kind, &str); 5] = [
    (Kind::Comment, "k-comment"),
    (Kind::Message, "k-message"),
    (Kind::Echo, "k-echo"),
    (Kind::Pingback, "k-pingback"),
    (Kind::System, "k-system"),
];

#[component]
pub fn TimelineChart(props: &TimelineChartProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = lang.t();
    // The bar where a drag started, and the bar described under the chart.
    let anchor = use_state(|| None::<usize>);
    let described = use_state(|| None::<usize>);
    let loaded = &props.loaded;
    let timeline = &loaded.timeline;
    let bins: Vec<&Bin> = timeline.bins().collect();
    if bins.is_empty() {
        return html! {
            <p class="timeline-empty" data-timeline-empty="">
                { (t.no_dated)(timeline.undated.len()) }
            </p>
        };
    }

    // x of every bar, with room for a break after each segment but the last.
    let mut xs = Vec::with_capacity(bins.len());
    let mut breaks_at = Vec::new();
    let mut x = 0.0;
    for (i, segment) in timeline.segments.iter().enumerate() {
        for _ in &segment.bins {
            xs.push(x);
            x += BAR + BAR_GAP;
        }
        if let Some(b) = timeline.breaks.get(i) {
            breaks_at.push((x, b));
            x += BREAK;
        }
    }
    let width = x;
    let height = PLOT_TOP + PLOT_HEIGHT + AXIS;
    let max = bins
        .iter()
        .map(|b| b.counts.total())
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let unit = timeline.unit;
    let host = loaded.authors.post_author.as_ref().map(|p| p.identity);
    let by_entry = &loaded.authors.by_entry;
    let archive = &loaded.archive;
    let highlight_colour = props
        .highlight
        .map(|h| format!("c{}", loaded.authors.identities[h].colour.index));

    let label = |bin: &Bin| {
        let c = bin.counts;
        let mut parts = vec![(t.entries)(c.total())];
        for (n, kind) in [
            (c.comment, Kind::Comment),
            (c.echo, Kind::Echo),
            (c.pingback, Kind::Pingback),
            (c.message, Kind::Message),
        ] {
            if n > 0 && n != c.total() {
                parts.push(format!("{n} {}", (t.kind_plural)(kind)));
            }
        }
        let top: Vec<String> = bin
            .top_authors
            .iter()
            .map(|a| {
                format!(
                    "{} ({})",
                    loaded.authors.identities[a.identity].name, a.entries
                )
            })
            .collect();
        let counts = format!("{}: {}", bin_range(lang, unit, bin), parts.join(", "));
        let text = if top.is_empty() {
            counts.clone()
        } else {
            format!("{counts}. {}: {}", t.most_active, top.join(", "))
        };
        (counts, text)
    };
    let select = {
        let on_action = props.on_action.clone();
        let bins: Vec<(Stamp, Stamp)> = bins.iter().map(|b| (b.start, b.end)).collect();
        move |from: usize, to: usize| {
            let (a, b) = (from.min(to), from.max(to));
            on_action.emit(Action::SelectRange(Some((bins[a].0, bins[b].1))))
        }
    };
    let selected = |bin: &Bin| {
        props
            .range
            .is_some_and(|(from, to)| from <= bin.start && bin.end <= to)
    };

    let bars = bins.iter().enumerate().map(|(i, bin)| {
        let x = xs[i];
        let mut y = PLOT_TOP + PLOT_HEIGHT;
        let stacks = STACK.iter().filter_map(|&(kind, class)| {
            let n = count(bin, kind);
            (n > 0).then(|| {
                let h = (n as f64 / max * PLOT_HEIGHT).max(1.5);
                y -= h;
                html! { <rect class={class} x={x.to_string()} y={y.to_string()} width={BAR.to_string()} height={h.to_string()} /> }
            })
        });
        let stacks: Html = stacks.collect();
        let has = |who: Option<usize>, replies_only: bool| {
            who.is_some_and(|w| {
                bin.entries.iter().any(|&e| by_entry[e] == w && (!replies_only || !archive.entries[e].parents.is_empty()))
            })
        };
        let (_, text) = label(bin);
        let single = (bin.start, bin.end);
        let onmousedown = {
            let (anchor, select, on_action, range) = (anchor.clone(), select.clone(), props.on_action.clone(), props.range);
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                if range == Some(single) {
                    on_action.emit(Action::SelectRange(None));
                    anchor.set(None);
                } else {
                    anchor.set(Some(i));
                    select(i, i);
                }
            })
        };
        let onmouseenter = {
            let (anchor, described, select) = (anchor.clone(), described.clone(), select.clone());
            Callback::from(move |_: MouseEvent| {
                described.set(Some(i));
                if let Some(a) = *anchor {
                    select(a, i);
                }
            })
        };
        let onfocus = {
            let described = described.clone();
            Callback::from(move |_: FocusEvent| described.set(Some(i)))
        };
        let onkeydown = {
            let (select, on_action, range) = (select.clone(), props.on_action.clone(), props.range);
            let first_selected = bins.iter().position(|b| props.range.is_some_and(|(from, _)| b.start == from));
            Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                "Enter" | " " => {
                    e.prevent_default();
                    match (e.shift_key(), first_selected) {
                        (true, Some(a)) => select(a, i),
                        _ if range == Some(single) => on_action.emit(Action::SelectRange(None)),
                        _ => select(i, i),
                    }
                }
                "ArrowRight" | "ArrowLeft" => {
                    e.prevent_default();
                    let next = if e.key() == "ArrowRight" { i + 1 } else { i.wrapping_sub(1) };
                    focus_bar(&e, next);
                }
                _ => {}
            })
        };
        html! {
            <g class={classes!("bar", selected(bin).then_some("selected"))} tabindex="0" role="button"
                aria-label={text.clone()} aria-pressed={selected(bin).to_string()} data-bar={i.to_string()}
                {onmousedown} {onmouseenter} {onfocus} {onkeydown}>
                <title>{ text }</title>
                <rect class="hit" x={(x - BAR_GAP / 2.0).to_string()} y={PLOT_TOP.to_string()}
                    width={(BAR + BAR_GAP).to_string()} height={PLOT_HEIGHT.to_string()} />
                { stacks }
                if has(host, true) {
                    <circle class="mark-host" cx={(x + BAR / 2.0).to_string()} cy="5" r="2.5" />
                }
                if has(props.highlight, false) {
                    <rect class={classes!("mark-person", highlight_colour.clone())} x={x.to_string()} y="9"
                        width={BAR.to_string()} height="3" />
                }
            </g>
        }
    });

    let breaks = breaks_at.iter().map(|&(x, b)| {
        let mid = x + BREAK / 2.0 - BAR_GAP / 2.0;
        let text = (t.without_entries)(&lang.gap(b.seconds));
        html! {
            <g class="axis-break" role="img" aria-label={text.clone()}>
                <title>{ text }</title>
                <path d={format!("M{} {} l6 -10 M{} {} l6 -10", mid - 5.0, PLOT_TOP + PLOT_HEIGHT + 5.0, mid - 1.0, PLOT_TOP + PLOT_HEIGHT + 5.0)} />
                <text x={mid.to_string()} y={(PLOT_TOP + PLOT_HEIGHT - 4.0).to_string()} text-anchor="middle">{ lang.gap(b.seconds) }</text>
            </g>
        }
    });
    // A date under the start of each segment, where there is room for it.
    let mut first_of_segment = 0;
    let mut last_label = f64::NEG_INFINITY;
    let mut axis_labels = Vec::new();
    for segment in &timeline.segments {
        let x = xs[first_of_segment];
        first_of_segment += segment.bins.len();
        if x - last_label >= LABEL_SPACING {
            last_label = x;
            axis_labels.push(html! {
                <text class="axis-label" x={x.to_string()} y={(height - 5.0).to_string()}>
                    { lang.date(segment.bins[0].start) }
                </text>
            });
        }
    }
    let summary = (t.timeline_summary)(
        timeline.dated,
        bins.len(),
        unit_name(lang, unit),
        &lang.date(bins[0].start),
        &lang.date(bins[bins.len() - 1].start),
        timeline.breaks.len(),
    );
    let onmouseleave = {
        let anchor = anchor.clone();
        Callback::from(move |_: MouseEvent| anchor.set(None))
    };
    let onmouseup = {
        let anchor = anchor.clone();
        Callback::from(move |_: MouseEvent| anchor.set(None))
    };
    html! {
        <section class="timeline" data-timeline="" aria-label={t.timeline}>
            <div class="chart-scroll">
            <svg class="timeline-chart" role="group" aria-label={summary} data-unit={format!("{unit:?}").to_lowercase()}
                viewBox={format!("0 0 {width} {height}")} width={(width * NATURAL_SCALE).round().to_string()} {onmouseleave} {onmouseup}>
                { for bars }
                { for breaks }
                { for axis_labels }
            </svg>
            </div>
            <p class="timeline-info" aria-live="polite" data-bar-info="">
                { match described.and_then(|i| bins.get(i)) {
                    Some(bin) => html! {
                        <>
                            { format!("{}. ", label(bin).0) }
                            { for bin.top_authors.iter().map(|a| {
                                let who = &loaded.authors.identities[a.identity];
                                let person = who.id;
                                html! {
                                    <button type="button" class={classes!("author", format!("c{}", who.colour.index))}
                                        data-bar-author={person.to_string()}
                                        onclick={props.on_action.reform(move |_| Action::ToggleHighlight(person))}>
                                        { format!("{} ({})", who.name, a.entries) }
                                    </button>
                                }
                            }) }
                        </>
                    },
                    None => html! { t.bar_hint },
                } }
            </p>
            if let Some(first) = loaded.latency.first_reply {
                <p class="latency" data-latency="">
                    { (t.median_first_reply)(&lang.duration(first), loaded.latency.answered_entries) }
                    if let (Some(h), Some(p)) = (loaded.latency.post_author, loaded.authors.post_author_identity()) {
                        { (t.host_answered)(&p.name, &lang.duration(h), loaded.latency.post_author_answers) }
                    }
                </p>
            }
            <p class="timeline-legend">
                <span class="key k-comment">{ (t.kind_plural)(Kind::Comment) }</span>
                <span class="key k-echo">{ (t.kind_plural)(Kind::Echo) }</span>
                <span class="key k-pingback">{ (t.kind_plural)(Kind::Pingback) }</span>
                if host.is_some() {
                    <span class="key mark-host">{ t.host_replied_mark }</span>
                }
                if !timeline.undated.is_empty() {
                    <span class="undated-count" data-undated-count="">{ (t.undated)(timeline.undated.len()) }</span>
                }
            </p>
        </section>
    }
}

fn count(bin: &Bin, kind: Kind) -> usize {
    let c = bin.counts;
    match kind {
        Kind::Comment => c.comment,
        Kind::Echo => c.echo,
        Kind::Pingback => c.pingback,
        Kind::Message => c.message,
        Kind::System => c.system,
    }
}

/// Moves keyboard focus to bar `index` of the chart the event came from.
fn focus_bar(event: &KeyboardEvent, index: usize) {
    let chart = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("svg").ok().flatten());
    let bar = chart.and_then(|svg| {
        svg.query_selector(&format!("[data-bar='{index}']"))
            .ok()
            .flatten()
    });
    if let Some(bar) = bar.and_then(|b| b.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = bar.focus();
    }
}
