//! The timeline of entries as an SVG bar chart drawn by the app: bars stacked by kind,
//! long silences folded into axis breaks, marks for the post author's replies and the
//! highlighted person, and a range selection by pointer (a click or a tap picks a bar,
//! a drag across bars picks them all, the selection settling when the pointer lifts) or
//! by keyboard (one tab stop; ← → Home End move between bars, Enter picks one, Shift+Enter
//! extends the selection to it).

use super::super::i18n::Lang;
use super::super::state::{Action, Loaded};
use super::format::{bin_range, unit_name};
use super::{use_painted, use_stages, Same, Stage};
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
    /// Draw the bars in the first drawing too (the HTML export has no second one).
    #[prop_or_default]
    pub at_once: bool,
}

impl PartialEq for TimelineChartProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.loaded, &other.loaded)
            && self.highlight == other.highlight
            && self.range == other.range
            && self.at_once == other.at_once
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

/// Bars drawn per frame (see the chart's stages).
const BARS_PER_FRAME: usize = 64;

/// Kinds in stacking order, bottom first, with their CSS classes.
const STACK: [(Kind, &str); 5] = [
    (Kind::Comment, "k-comment"),
    (Kind::Message, "k-message"),
    (Kind::Echo, "k-echo"),
    (Kind::Pingback, "k-pingback"),
    (Kind::System, "k-system"),
];

/// The bar at `x` (user units): the last one starting at or before it (in a break, the
/// bar before the break), or the first.
fn bar_at(xs: &[f64], x: f64) -> usize {
    xs.partition_point(|&start| start - BAR_GAP / 2.0 <= x)
        .saturating_sub(1)
}

#[component]
pub fn TimelineChart(props: &TimelineChartProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = lang.t();
    // A drag in progress, from its first bar to the bar under the pointer: kept in a cell
    // (read by the next pointer event at once) and mirrored in state (drawn).
    let drag = use_mut_ref(|| None::<(usize, usize)>);
    let dragged = use_state_eq(|| None::<(usize, usize)>);
    // The bar described under the chart, and the one keyboard focus last sat on (the
    // chart's one tab stop).
    let described = use_state_eq(|| None::<usize>);
    let focused = use_state_eq(|| None::<usize>);
    let svg_ref = use_node_ref();
    // The bars come once the rest is painted, in a task of their own: a seed's 124 bars
    // were 423 of the 942 nodes its first screen drew at once, a large file's 216 bars
    // were drawn with the whole dump. Until then the chart shows what it showed
    // of the same file (a large file's first screen), or only its frame (viewBox and
    // width), so that nothing moves when the bars come.
    let painted = use_painted(props.loaded.clone());
    let (loaded, draw_bars) = match &painted {
        _ if props.at_once => (&props.loaded, true),
        Some(shown) if shown.name == props.loaded.name => (shown, true),
        _ => (&props.loaded, false),
    };
    let timeline = &loaded.views.timeline;
    let bins: Vec<&Bin> = timeline.bins().collect();
    // Then BARS_PER_FRAME at a time, one batch after each paint: a large file's 200
    // bars at once had been a task of 60–90 ms.
    let stage = use_mut_ref(Stage::default);
    let drawn = match draw_bars {
        _ if props.at_once => usize::MAX,
        true => stage.borrow_mut().of(loaded, |_| BARS_PER_FRAME),
        false => 0,
    };
    let staging = drawn < bins.len();
    use_stages(stage, staging, BARS_PER_FRAME);
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
    let host = loaded
        .views
        .authors
        .post_author
        .as_ref()
        .map(|p| p.identity);
    // The bars where the highlighted person wrote: one pass over the entries each time
    // someone is picked, not one per drawing.
    let marked = use_memo(
        (Same(loaded.clone()), props.highlight),
        |(loaded, who)| -> Vec<bool> {
            let by_entry = &loaded.0.views.authors.by_entry;
            loaded
                .0
                .views
                .timeline
                .bins()
                .map(|bin| {
                    who.is_some_and(|w| bin.entries.iter().any(|&e| by_entry.get(e) == Some(&w)))
                })
                .collect()
        },
    );
    let highlight_colour = props
        .highlight
        .and_then(|h| loaded.views.authors.identities.get(h))
        .map(|who| format!("c{}", who.colour.index));

    let label = |bin: &Bin| {
        let c = bin.counts;
        let mut parts = vec![(t.entries)(c.total())];
        for (n, kind) in [
            (c.comment, Kind::Comment),
            (c.echo, Kind::Echo),
            (c.pingback, Kind::Pingback),
            (c.message, Kind::Message),
            (c.system, Kind::System),
        ] {
            if n > 0 && n != c.total() {
                parts.push(format!("{n} {}", (t.kind_plural)(kind)));
            }
        }
        let top: Vec<String> = bin
            .top_authors
            .iter()
            .filter_map(|a| {
                // System lines have no author to name.
                let who = loaded.views.authors.identities.get(a.identity)?;
                (!who.name.trim().is_empty()).then(|| format!("{} ({})", who.name, a.entries))
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
    // What each bar selects, shared: every bar's callbacks hold these, and a copy per bar
    // was a copy of thousands of ranges per bar on an archive of thousands of bars.
    let ranges: Rc<[(Stamp, Stamp)]> = bins.iter().map(|b| (b.start, b.end)).collect();
    let select = {
        let on_action = props.on_action.clone();
        let bins = ranges.clone();
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
    let first_selected = bins.iter().position(|b| selected(b));
    let tab_stop = (*focused)
        .or(first_selected)
        .unwrap_or(0)
        .min(bins.len() - 1);
    let dragging = |i: usize| dragged.is_some_and(|(a, b)| a.min(b) <= i && i <= a.max(b));
    // A drag settles into one selection (one history entry); the same single bar again
    // clears it.
    let settle = {
        let (select, on_action, range) = (select.clone(), props.on_action.clone(), props.range);
        let bins = ranges.clone();
        move |(a, b): (usize, usize)| {
            if a == b && range == bins.get(a).copied() {
                on_action.emit(Action::SelectRange(None));
            } else {
                select(a, b);
            }
        }
    };

    let bars = bins.iter().enumerate().map(|(i, bin)| {
        let x = xs[i];
        let mut y = PLOT_TOP + PLOT_HEIGHT;
        let stacks = STACK.iter().filter_map(|&(kind, class)| {
            let n = bin.counts.of(kind);
            (n > 0).then(|| {
                let h = (n as f64 / max * PLOT_HEIGHT).max(1.5);
                y -= h;
                html! { <rect class={class} x={x.to_string()} y={y.to_string()} width={BAR.to_string()} height={h.to_string()} /> }
            })
        });
        let stacks: Html = stacks.collect();
        let (_, text) = label(bin);
        let onfocus = {
            let (described, focused) = (described.clone(), focused.clone());
            Callback::from(move |_: FocusEvent| {
                described.set(Some(i));
                focused.set(Some(i));
            })
        };
        let onkeydown = {
            let (select, settle) = (select.clone(), settle.clone());
            let last = bins.len() - 1;
            Callback::from(move |e: KeyboardEvent| {
                let to = match e.key().as_str() {
                    "Enter" | " " => {
                        e.prevent_default();
                        match (e.shift_key(), first_selected) {
                            (true, Some(a)) => select(a, i),
                            _ => settle((i, i)),
                        }
                        return;
                    }
                    "ArrowRight" => (i + 1).min(last),
                    "ArrowLeft" => i.saturating_sub(1),
                    "Home" => 0,
                    "End" => last,
                    _ => return,
                };
                e.prevent_default();
                focus_bar(&e, to);
            })
        };
        html! {
            <g class={classes!("bar", selected(bin).then_some("selected"), dragging(i).then_some("selecting"))}
                tabindex={if i == tab_stop { "0" } else { "-1" }} role="button"
                aria-label={text.clone()} aria-pressed={selected(bin).to_string()} data-bar={i.to_string()}
                {onfocus} {onkeydown}>
                <title>{ text }</title>
                <rect class="hit" x={(x - BAR_GAP / 2.0).to_string()} y={PLOT_TOP.to_string()}
                    width={(BAR + BAR_GAP).to_string()} height={PLOT_HEIGHT.to_string()} />
                { stacks }
                if bin.host_replies > 0 {
                    <circle class="mark-host" cx={(x + BAR / 2.0).to_string()} cy="5" r="2.5" />
                }
                if marked.get(i) == Some(&true) {
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
    // Pointer events on the whole chart: the bar under the pointer is found from its x,
    // so that a drag works with a finger too (a touch keeps sending its events to where
    // it started) and keeps going when the pointer leaves a bar.
    let bar_under = {
        let (svg_ref, xs) = (svg_ref.clone(), xs.clone());
        move |e: &PointerEvent| {
            let svg = svg_ref.cast::<web_sys::Element>()?;
            let rect = svg.get_bounding_client_rect();
            (rect.width() > 0.0).then(|| {
                bar_at(
                    &xs,
                    (f64::from(e.client_x()) - rect.left()) * width / rect.width(),
                )
            })
        }
    };
    let onpointerdown = {
        let (drag, dragged, described, bar_under, svg_ref) = (
            drag.clone(),
            dragged.clone(),
            described.clone(),
            bar_under.clone(),
            svg_ref.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            let on_bar = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("[data-bar]").ok().flatten())
                .is_some();
            if !on_bar || e.button() > 0 {
                return;
            }
            let Some(i) = bar_under(&e) else { return };
            if let Some(svg) = svg_ref.cast::<web_sys::Element>() {
                // Refused for a pointer that is not down (a synthetic event): the drag
                // then follows the pointer over the chart only.
                let _ = svg.set_pointer_capture(e.pointer_id());
            }
            *drag.borrow_mut() = Some((i, i));
            dragged.set(Some((i, i)));
            described.set(Some(i));
        })
    };
    let onpointermove = {
        let (drag, dragged, described, bar_under) = (
            drag.clone(),
            dragged.clone(),
            described.clone(),
            bar_under.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            let Some(i) = bar_under(&e) else { return };
            let mut drag = drag.borrow_mut();
            match drag.as_mut() {
                Some((_, now)) => *now = i,
                None => {
                    // Hovering: describe the bar pointed at, not the axis below it.
                    let on_bar = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|t| t.closest("[data-bar]").ok().flatten())
                        .is_some();
                    if !on_bar {
                        return;
                    }
                }
            }
            dragged.set(*drag);
            described.set(Some(i));
        })
    };
    let onpointerup = {
        let (drag, dragged, settle, bar_under) = (
            drag.clone(),
            dragged.clone(),
            settle.clone(),
            bar_under.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            let Some((from, now)) = drag.borrow_mut().take() else {
                return;
            };
            dragged.set(None);
            settle((from, bar_under(&e).unwrap_or(now)));
        })
    };
    // Scrolling took the touch over, or the pointer went away: nothing is picked.
    let onpointercancel = {
        let (drag, dragged) = (drag.clone(), dragged.clone());
        Callback::from(move |_: PointerEvent| {
            drag.borrow_mut().take();
            dragged.set(None);
        })
    };
    let shown_kinds: Vec<Kind> = STACK
        .iter()
        .map(|&(kind, _)| kind)
        .filter(|&kind| bins.iter().any(|b| b.counts.of(kind) > 0))
        .collect();
    html! {
        <section class="timeline" data-timeline="" aria-label={t.timeline}>
            <div class="chart-scroll">
            <svg class="timeline-chart" role="group" aria-label={summary} data-unit={format!("{unit:?}").to_lowercase()}
                viewBox={format!("0 0 {width} {height}")} width={(width * NATURAL_SCALE).round().to_string()}
                ref={svg_ref} aria-busy={staging.then_some("true")}
                {onpointerdown} {onpointermove} {onpointerup} {onpointercancel}>
                { for bars.take(drawn) }
                { for breaks }
                { for axis_labels }
            </svg>
            </div>
            <p class="timeline-info" aria-live="polite" data-bar-info="">
                { match described.and_then(|i| bins.get(i)) {
                    Some(bin) => html! {
                        <>
                            { format!("{}. ", label(bin).0) }
                            { for bin.top_authors.iter().filter_map(|a| {
                                let who = loaded.views.authors.identities.get(a.identity)?;
                                if who.name.trim().is_empty() {
                                    return None;
                                }
                                let person = who.id;
                                Some(html! {
                                    <button type="button" class={classes!("author", format!("c{}", who.colour.index))}
                                        data-bar-author={person.to_string()}
                                        onclick={props.on_action.reform(move |_| Action::ToggleHighlight(person))}>
                                        { format!("{} ({})", who.name, a.entries) }
                                    </button>
                                })
                            }) }
                        </>
                    },
                    None => html! { t.bar_hint },
                } }
            </p>
            if let Some(first) = loaded.views.latency.first_reply {
                <p class="latency" data-latency="">
                    { (t.median_first_reply)(&lang.duration(first), loaded.views.latency.answered_entries) }
                    if let (Some(h), Some(p)) = (loaded.views.latency.post_author, loaded.views.authors.post_author_identity()) {
                        { (t.host_answered)(&p.name, &lang.duration(h), loaded.views.latency.post_author_answers) }
                    }
                </p>
            }
            <p class="timeline-legend">
                { for shown_kinds.iter().map(|&kind| html! {
                    <span class={classes!("key", format!("k-{}", kind.as_str()))} data-legend={kind.as_str()}>
                        { (t.kind_plural)(kind) }
                    </span>
                }) }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_under_a_pointer_is_the_one_it_is_over_or_the_one_before_a_break() {
        // Three bars, a break, two bars.
        let step = BAR + BAR_GAP;
        let xs = [
            0.0,
            step,
            2.0 * step,
            3.0 * step + BREAK,
            4.0 * step + BREAK,
        ];
        assert_eq!(bar_at(&xs, -10.0), 0);
        assert_eq!(bar_at(&xs, 1.0), 0);
        assert_eq!(bar_at(&xs, step + 1.0), 1);
        assert_eq!(bar_at(&xs, 2.0 * step + BREAK / 2.0), 2, "in the break");
        assert_eq!(bar_at(&xs, 3.0 * step + BREAK + 1.0), 3);
        assert_eq!(bar_at(&xs, 1e9), 4);
        assert_eq!(bar_at(&[], 5.0), 0);
    }
}
