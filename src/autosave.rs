//! Autosave of the working copy, and two tabs that never silently overwrite
//! each other's work.
//!
//! When: a discrete change (a typed value, a button, undo, a preset) is
//! written at once, in the task after the one that shows it; a drag
//! ([`crate::drag`]) is written when it ends (the pointer or key released),
//! once, serialised once; whatever is still pending is written
//! synchronously on `pagehide` and when the page is hidden
//! (`visibilitychange`), so closing the tab mid-drag loses nothing.
//!
//! Two tabs: every write carries a stamp (this tab's id and revision) and
//! only goes through when the stored stamp is still the one this tab last
//! wrote or read ([`storage::save_working_copy`]). When another tab wrote
//! the working copy and this tab shows something else, this tab stops
//! autosaving and offers a choice ([`ConflictNotice`]): open the other
//! tab's version (this tab's own stays one undo away) or keep its own (it
//! is written, and the other tab gets the same offer). A tab closed before
//! choosing keeps its version in "Mijn scenario's".

use jeugdscenario_engine::file::scenario_to_json;
use jeugdscenario_engine::Scenario;
use leptos::ev;
use leptos::prelude::*;

use crate::features::scenarios::Library;
use crate::i18n::use_i18n;
use crate::state::{AppState, NoticeKind, Toast};
use crate::storage::{self, NotSaved};

#[derive(Clone, Copy)]
pub struct Autosave {
    state: AppState,
    library: Library,
    /// This tab's id, for the stamp.
    tab: StoredValue<String>,
    /// This tab's writes so far.
    revision: StoredValue<u64>,
    /// The stamp of the stored copy as this tab last wrote or read it.
    known: StoredValue<Option<String>>,
    /// A change of this tab that is not written yet.
    pending: StoredValue<bool>,
    /// Another tab wrote the working copy and this tab shows something
    /// else: nothing is written until the user chooses.
    pub conflict: RwSignal<bool>,
}

impl Autosave {
    /// Starts autosaving `state`'s scenario. `skip_first`: leave the stored
    /// copy alone until the first change (it did not load, or storage is
    /// blocked).
    pub fn start(state: AppState, library: Library, skip_first: bool) -> Autosave {
        let autosave = Autosave {
            state,
            library,
            tab: StoredValue::new(format!(
                "{:x}{:06x}",
                storage::now_ms() as u64,
                (js_sys::Math::random() * f64::from(0xff_ffff)) as u32
            )),
            revision: StoredValue::new(0),
            known: StoredValue::new(storage::working_copy_stamp()),
            pending: StoredValue::new(false),
            conflict: RwSignal::new(false),
        };
        autosave.listen();
        Effect::new(move |previous: Option<()>| {
            let draft = state.draft.get();
            let dragging = state.dragging.get();
            state.scenario.track();
            // A draft from a link leaves the stored working copy alone
            // until it is saved.
            if draft || (previous.is_none() && skip_first) {
                return;
            }
            autosave.pending.set_value(true);
            if !dragging {
                // In a task of its own, after the one that shows the change
                // (serialising a large region takes milliseconds); leaving
                // the page before it writes what is pending (`listen`).
                set_timeout(move || autosave.flush(), std::time::Duration::ZERO);
            }
        });
        autosave
    }

    /// Writes a pending change now (unless another tab's version waits for
    /// the user's choice). Failures are shown; the screen keeps the work.
    pub fn flush(self) {
        if !self.pending.get_value() || self.conflict.get_untracked() {
            return;
        }
        let json = self.state.scenario.with_untracked(scenario_to_json);
        if storage::working_copy_is(&json) {
            // Nothing to write (a drag back to where it started, or another
            // tab wrote the same): this tab agrees with the stored copy.
            self.pending.set_value(false);
            self.known.set_value(storage::working_copy_stamp());
            return;
        }
        let revision = self.revision.get_value() + 1;
        let stamp = self.tab.with_value(|tab| format!("{tab}:{revision}"));
        let known = self.known.get_value();
        match storage::save_working_copy(&json, known.as_deref(), &stamp) {
            Ok(()) => {
                self.revision.set_value(revision);
                self.known.set_value(Some(stamp));
                self.pending.set_value(false);
                storage::set_working_source(self.state.source_id.get_untracked().as_deref());
                let storage_error = self.state.toast.with_untracked(|t| {
                    t.as_ref()
                        .is_some_and(|t| t.kind == NoticeKind::StorageError)
                });
                if storage_error {
                    self.state.toast.set(None);
                }
            }
            Err(NotSaved::OtherTab) => self.conflict.set(true),
            Err(NotSaved::Failed(problem)) => {
                self.state.say(Toast::of(NoticeKind::StorageError, problem));
            }
        }
    }

    /// Another tab wrote the working copy: agree quietly when this tab shows
    /// the same, otherwise offer the choice.
    fn other_tab_wrote(self) {
        let stamp = storage::working_copy_stamp();
        if stamp == self.known.get_value() {
            return;
        }
        if storage::working_copy_is(&self.state.scenario.with_untracked(scenario_to_json)) {
            self.known.set_value(stamp);
            self.pending.set_value(false);
            self.conflict.set(false);
        } else if !self.state.draft.get_untracked() {
            self.conflict.set(true);
        }
    }

    /// "Die versie openen": the other tab's working copy replaces this
    /// tab's scenario, as an undo step.
    fn open_theirs(self) {
        let (Some(theirs), _) = storage::load_working_copy() else {
            // Gone or unreadable meanwhile: keep this tab's version.
            self.keep_mine();
            return;
        };
        let source = storage::working_source()
            .map(|id| (id.clone(), storage::stored_saved_at(&id).unwrap_or(0.0)));
        self.known.set_value(storage::working_copy_stamp());
        self.conflict.set(false);
        self.pending.set_value(false);
        if self.state.replace(theirs, source, false) {
            self.state.say(Toast::info(
                "De versie uit het andere tabblad is geopend. Ongedaan maken brengt uw eigen versie terug.",
                "The other tab's version is open. Undo brings your own version back.",
            ));
        }
    }

    /// "Mijn versie houden": this tab's version is written over the other
    /// tab's (which that tab still shows, and is offered this one).
    fn keep_mine(self) {
        self.known.set_value(storage::working_copy_stamp());
        self.conflict.set(false);
        self.pending.set_value(true);
        self.flush();
    }

    /// Closing the tab while the choice is open: this tab's version goes
    /// into the library, so neither tab's work is lost.
    fn keep_in_library(self) {
        let scenario: Scenario = self.state.scenario.get_untracked();
        if storage::working_copy_is(&scenario_to_json(&scenario)) {
            return;
        }
        let mut copy = scenario;
        copy.name = format!("{} (bewaard bij sluiten)", copy.name);
        let _ = self.library.save_snapshot(self.state, copy);
    }

    /// Writes what is pending when the page goes away.
    fn on_pagehide(self) {
        if self.conflict.get_untracked() {
            self.keep_in_library();
        } else {
            self.flush();
        }
    }

    fn listen(self) {
        let pagehide = window_event_listener(ev::pagehide, move |_| self.on_pagehide());
        let hidden = window_event_listener(ev::visibilitychange, move |_| {
            let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
            // Out of sight (another tab, minimised): write what is pending;
            // a choice still open stays open.
            if hidden {
                self.flush();
            }
        });
        let other_tab = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
            if e.key().is_none_or(|k| k == storage::WORKING_STAMP_KEY) {
                self.other_tab_wrote();
            }
        });
        on_cleanup(move || {
            pagehide.remove();
            hidden.remove();
            other_tab.remove();
        });
    }
}

/// The choice offered when another tab changed the working copy; announced
/// (role=alert) and reachable by keyboard, kept until the user chooses.
#[component]
pub fn ConflictNotice() -> impl IntoView {
    let autosave = expect_context::<Autosave>();
    let i18n = use_i18n();
    move || {
        autosave.conflict.get().then(|| {
            view! {
                <div class="conflict" role="alert">
                    <p>
                        {i18n.t(
                            "Een ander tabblad heeft de werkversie gewijzigd. Kies welke versie u houdt; tot dan slaat dit tabblad niets automatisch op. Sluit u dit tabblad eerder, dan komt uw versie in Mijn scenario's.",
                            "Another tab changed the working copy. Choose which version to keep; until then this tab saves nothing automatically. Close this tab first and your version goes into My scenarios.",
                        )}
                    </p>
                    <div class="notice__actions">
                        <button type="button" class="button" on:click=move |_| autosave.open_theirs()>
                            {i18n.t("Die versie openen", "Open that version")}
                        </button>
                        <button type="button" class="button button--quiet" on:click=move |_| autosave.keep_mine()>
                            {i18n.t("Mijn versie houden", "Keep my version")}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
