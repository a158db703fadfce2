use super::super::i18n::Lang;
use super::super::state::{Action, Loaded};
use crate::authors::Identity;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct AuthorsPanelProps {
    pub loaded: Rc<Loaded>,
    pub highlight: Option<usize>,
    pub on_action: Callback<Action>,
    /// Every row, however many (a saved page has no button to press for more).
    #[prop_or_default]
    pub all_rows: bool,
}

impl PartialEq for AuthorsPanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.loaded, &other.loaded)
            && self.highlight == other.highlight
            && self.all_rows == other.all_rows
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Entries,
    First,
    Last,
    Given,
    Received,
}

/// Pairs of people shown under "who answers whom".
const PAIRS_SHOWN: usize = 8;
/// People listed before a "show all" button: a chat log of thousands of nicks would
/// otherwise put tens of thousands of cells on the page at every load.
const ROWS_SHOWN: usize = 200;

/// Everyone who wrote, sortable, and the strongest "who answers whom" pairs.
#[component]
pub fn AuthorsPanel(props: &AuthorsPanelProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = lang.t();
    let sort = use_state(|| (Column::Entries, true));
    // The table is built when the panel is first opened: most readers never open it,
    // and its rows were a quarter of the nodes of a first screen.
    let opened = use_state_eq(|| false);
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::Element = e.target_unchecked_into();
            if details.has_attribute("open") {
                opened.set(true);
            }
        })
    };
    // Which dump "show all" was pressed for (by address): a new dump starts short again.
    let everyone = use_state_eq(|| None::<usize>);
    let this_dump = Rc::as_ptr(&props.loaded) as usize;
    let authors = &props.loaded.views.authors;
    let mut rows: Vec<&Identity> = match props.all_rows || *opened {
        true => authors.identities.iter().collect(),
        false => Vec::new(),
    };
    let (column, descending) = *sort;
    rows.sort_by(|a, b| {
        let order = match column {
            Column::Name => a.key.cmp(&b.key),
            Column::Entries => a.count().cmp(&b.count()),
            Column::First => a.first.cmp(&b.first),
            Column::Last => a.last.cmp(&b.last),
            Column::Given => a.replies_given.cmp(&b.replies_given),
            Column::Received => a.replies_received.cmp(&b.replies_received),
        };
        if descending { order.reverse() } else { order }.then(a.id.cmp(&b.id))
    });
    let header = |c: Column, label: &str, key: &str| {
        let sort = sort.clone();
        let state = if column != c {
            "none"
        } else if descending {
            "descending"
        } else {
            "ascending"
        };
        html! {
            <th scope="col" aria-sort={state}>
                <button type="button" class="link-button" data-sort={key.to_string()}
                    onclick={move |_| sort.set((c, if column == c { !descending } else { c != Column::Name }))}>
                    { label }
                </button>
            </th>
        }
    };
    let hidden = if props.all_rows || *everyone == Some(this_dump) {
        0
    } else {
        rows.len().saturating_sub(ROWS_SHOWN)
    };
    rows.truncate(rows.len() - hidden);
    let host = authors.post_author.as_ref().map(|p| p.identity);
    html! {
        <details class="authors-panel" data-authors-panel="" {ontoggle}>
            <summary>{ (t.authors_panel)(authors.identities.len()) }</summary>
            if let Some((p, who)) = authors.post_author.as_ref().and_then(|p| Some((p, authors.identities.get(p.identity)?))) {
                <p class="post-author-rule" data-post-author-rule="">
                    { (t.post_author_is)(&who.name, &(t.evidence)(&p.evidence)) }
                </p>
            }
            <div class="table-scroll">
                <table class="authors-table">
                    <thead>
                        <tr>
                            { header(Column::Name, t.col_name, "name") }
                            { header(Column::Entries, t.col_entries, "entries") }
                            { header(Column::First, t.col_first, "first") }
                            { header(Column::Last, t.col_last, "last") }
                            { header(Column::Given, t.col_given, "given") }
                            { header(Column::Received, t.col_received, "received") }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|who| {
                            let id = who.id;
                            html! {
                                <tr data-author-row={id.to_string()}
                                    class={classes!((props.highlight == Some(id)).then_some("highlighted"))}>
                                    <th scope="row">
                                        <button type="button" class={classes!("author", format!("c{}", who.colour.index))}
                                            aria-pressed={(props.highlight == Some(id)).to_string()}
                                            onclick={props.on_action.reform(move |_| Action::ToggleHighlight(id))}>
                                            { &who.name }
                                        </button>
                                        if host == Some(id) {
                                            <span class="host-badge">{ t.post_author }</span>
                                        }
                                    </th>
                                    <td>{ who.count() }</td>
                                    <td>{ lang.optional_date(who.first) }</td>
                                    <td>{ lang.optional_date(who.last) }</td>
                                    <td>{ who.replies_given }</td>
                                    <td>{ who.replies_received }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if hidden > 0 {
                <button type="button" class="link-button" data-all-authors=""
                    onclick={move |_| everyone.set(Some(this_dump))}>
                    { (t.show_all_authors)(rows.len() + hidden) }
                </button>
            }
            if !authors.pairs.is_empty() {
                <h3>{ t.who_answers_whom }</h3>
                <ol class="pairs" data-pairs="">
                    { for authors.top_pairs(PAIRS_SHOWN).iter().filter_map(|p| {
                        let (from, to) = (authors.identities.get(p.from)?, authors.identities.get(p.to)?);
                        Some(html! { <li>{ format!("{} → {}: {}", from.name, to.name, p.count) }</li> })
                    }) }
                </ol>
            }
        </details>
    }
}
