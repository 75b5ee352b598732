//! The widget's state and its pure reducer, after yew's function_todomvc:
//! every change is an [`Action`], applied by [`State::apply`] with no IO, so
//! the whole behaviour is unit-tested natively. Storage and the DOM react to
//! the new state in `ui/mod.rs`.

use crate::catalogue::{Arrival, Known, Part, Shared};
use crate::draft::{Draft, DraftAnswer, SetVersion};
use crate::i18n::{Table, Words};
use crate::merge::{merge, Clash};
use crate::migration;
use napcheck_core::{BodyKind, CitizenCheck, CitizenFinding, Day, Lang, Observation};
use std::rc::Rc;

/// The page shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum View {
    /// Saved drafts, a new one, import.
    #[default]
    Home,
    /// The website, its body and the criteria set.
    Details,
    /// The criteria.
    Checklist,
    /// The summary, chart, export and print.
    Report,
}

impl View {
    /// Its name in storage.
    pub(crate) fn code(self) -> &'static str {
        match self {
            View::Home => "home",
            View::Details => "details",
            View::Checklist => "checklist",
            View::Report => "report",
        }
    }

    /// The view of a stored name.
    pub(crate) fn from_code(code: &str) -> Option<View> {
        [View::Home, View::Details, View::Checklist, View::Report]
            .into_iter()
            .find(|v| v.code() == code)
    }
}

/// Where the citizen is: the view, the draft it shows and the question on
/// screen, restored on reload and kept in the browser's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Place {
    /// The view.
    pub(crate) view: View,
    /// The draft's id.
    pub(crate) draft: String,
    /// The criterion shown in the checklist (`None`: the first unanswered).
    pub(crate) question: Option<String>,
}

impl Place {
    /// Its stored form: `<view> <draft id>[ <criterion id>]`.
    pub(crate) fn code(&self) -> String {
        match &self.question {
            Some(q) => format!("{} {} {q}", self.view.code(), self.draft),
            None => format!("{} {}", self.view.code(), self.draft),
        }
    }

    /// Whether this place only names the question `earlier` left open (the
    /// same view and draft, held once its set arrived): not a move, so the
    /// history replaces `earlier` rather than adding a place Back would
    /// return to without changing anything on screen.
    pub(crate) fn fills_in(&self, earlier: &Place) -> bool {
        earlier.question.is_none()
            && self.question.is_some()
            && (self.view, &self.draft) == (earlier.view, &earlier.draft)
    }

    /// The place of a stored form; the form saved before questions were
    /// kept (`<view> <draft id>`) still reads.
    pub(crate) fn from_code(code: &str) -> Option<Place> {
        let mut parts = code.splitn(3, ' ');
        let view = View::from_code(parts.next()?)?;
        let draft = parts.next().filter(|d| !d.is_empty())?.to_owned();
        let question = parts.next().filter(|q| !q.is_empty()).map(str::to_owned);
        Some(Place {
            view,
            draft,
            question,
        })
    }
}

/// A problem with the browser's storage, reported in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum StorageProblem {
    /// Entries that could not be read; their raw text is under `backups`.
    Corrupted {
        /// The keys the unreadable text was copied to.
        backups: Vec<String>,
    },
    /// The storage is full (or disabled): work is kept in this tab only.
    Full,
    /// Both at once: neither report may hide the other.
    CorruptedAndFull {
        /// The keys the unreadable text is under.
        backups: Vec<String>,
    },
}

impl StorageProblem {
    /// Whether `problem` says the storage refuses writes.
    pub(crate) fn is_full(problem: &Option<StorageProblem>) -> bool {
        matches!(
            problem,
            Some(StorageProblem::Full | StorageProblem::CorruptedAndFull { .. })
        )
    }

    /// `problem`, now that the storage refuses writes.
    pub(crate) fn with_full(problem: Option<StorageProblem>) -> StorageProblem {
        match problem {
            Some(
                StorageProblem::Corrupted { backups }
                | StorageProblem::CorruptedAndFull { backups },
            ) => StorageProblem::CorruptedAndFull { backups },
            _ => StorageProblem::Full,
        }
    }

    /// `problem`, now that the storage takes writes again.
    pub(crate) fn without_full(problem: Option<StorageProblem>) -> Option<StorageProblem> {
        match problem {
            Some(
                StorageProblem::Corrupted { backups }
                | StorageProblem::CorruptedAndFull { backups },
            ) => Some(StorageProblem::Corrupted { backups }),
            _ => None,
        }
    }
}

/// The outcome of the last import.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ImportOutcome {
    /// Being checked (the checker may still be loading).
    Checking {
        /// The file's name.
        file: String,
    },
    /// Refused, with every located finding.
    Refused {
        /// The file's name.
        file: String,
        /// The findings (errors and warnings), in the citizen's words.
        findings: Vec<CitizenFinding>,
        /// The file, checked again in another language when the citizen
        /// switches (the findings are worded by the checker).
        again: Option<Box<WaitingImport>>,
    },
    /// Not read at all: too large, or the browser could not read it.
    NotRead {
        /// The file's name.
        file: String,
        /// Why.
        reason: NotRead,
    },
    /// Imported as a new draft; warnings do not refuse a file.
    Accepted {
        /// The file's name.
        file: String,
        /// Warnings found.
        warnings: usize,
    },
}

/// Why an imported file was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotRead {
    /// Larger than [`MAX_IMPORT_BYTES`]; its size in bytes.
    TooLarge(u64),
    /// The browser could not read it (removed, or no permission).
    Failed,
    /// The checker could not be loaded (offline before it was ever used).
    Unchecked,
}

/// The largest file the widget reads for an import: 4 MiB, a hundred times
/// an export of the largest set with every criterion answered, notes and
/// links included. A larger file is refused before it is read, so that a
/// wrong or hostile file cannot freeze a phone's tab.
pub(crate) const MAX_IMPORT_BYTES: u64 = 4 * 1024 * 1024;

/// Everything the widget shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct State {
    /// The interface language.
    pub(crate) lang: Lang,
    /// The drafts, oldest first.
    pub(crate) drafts: Vec<Draft>,
    /// The id of the draft being edited.
    pub(crate) current: Option<String>,
    /// The page shown.
    pub(crate) view: View,
    /// The last deleted draft and its place, until undone or replaced.
    pub(crate) deleted: Option<(usize, Draft)>,
    /// A storage problem to report.
    pub(crate) storage: Option<StorageProblem>,
    /// The question shown in the checklist (`None`: the first unanswered).
    pub(crate) question: Option<String>,
    /// Answers that this tab and another changed differently, each waiting
    /// for the citizen to choose which to keep.
    pub(crate) clashes: Vec<Clash>,
    /// Versions of other tabs merged into ours (draft id, revision): the
    /// storage's copy at that revision may be written over.
    pub(crate) merged: Vec<(String, u64)>,
    /// The last import's outcome.
    pub(crate) import: Option<ImportOutcome>,
    /// An import waiting for the checker, or for the criteria set it names
    /// to load.
    pub(crate) waiting_import: Option<WaitingImport>,
    /// The paths that could be neither fetched nor read from the cache; not
    /// asked for again until a retry or another language clears them.
    pub(crate) unavailable: Vec<String>,
    /// The catalogue: the body register and the parts fetched so far.
    pub(crate) known: Known,
    /// The interface's words: Azerbaijani and the languages fetched so far.
    pub(crate) words: Words,
    /// The draft just opened or imported, while its first question shows:
    /// an offer to carry it to a newer set is made then (not on every
    /// question, nor for a set chosen in the details).
    pub(crate) opened: Option<String>,
    /// The checker's answer to the last offer asked for (`ui/checks.rs` asks when
    /// [`State::offer_due`] says so).
    pub(crate) offer: Option<OfferFor>,
    /// The draft just opened whose first screen is complete, the page idle
    /// since (`ui/checks.rs`, [`Action::Settled`]): only then are an offer's
    /// parts fetched and the offer asked for, so that neither competes with
    /// the first question for the network or the main thread.
    pub(crate) settled: Option<String>,
}

/// The offer for one revision of a draft, as the checker made it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct OfferFor {
    /// The draft's id.
    pub(crate) draft: String,
    /// The revision the offer was made for.
    pub(crate) revision: u64,
    /// The offer; `None` when nothing is offered (or the checker could not
    /// be loaded).
    pub(crate) offer: Option<Rc<migration::Offer>>,
}

/// A file being imported: checked by the checker (`checker.rs`), or
/// waiting for the set it names to load, then checked again.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct WaitingImport {
    /// The file's name.
    pub(crate) file: String,
    /// Its bytes.
    pub(crate) bytes: Vec<u8>,
    /// The new draft's id.
    pub(crate) id: String,
    /// Today.
    pub(crate) today: Day,
    /// The set part it waits for; `None`: due for a check.
    pub(crate) part: Option<Part>,
    /// The findings of the check that named the missing set.
    pub(crate) findings: Vec<CitizenFinding>,
}

impl WaitingImport {
    /// The import's id when it is due for a check.
    pub(crate) fn due(&self) -> Option<&str> {
        self.part.is_none().then_some(self.id.as_str())
    }
}

/// A change.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Action {
    /// Switch the interface language.
    SetLang(Lang),
    /// Show a page.
    Show(View),
    /// Start a new draft with this id, checked today.
    New {
        /// The new draft's id.
        id: String,
        /// Today.
        today: Day,
    },
    /// Resume a draft.
    Open(String),
    /// Copy a draft under a new id.
    Duplicate {
        /// The draft copied.
        id: String,
        /// The copy's id.
        new_id: String,
    },
    /// Delete a draft (undo possible).
    Delete(String),
    /// Bring the last deleted draft back.
    UndoDelete,
    /// Close the undo notice; the deletion stands.
    DismissUndo,
    /// The website's address.
    SetUrl(String),
    /// The body's name.
    SetName(String),
    /// The kind of body; a listed body of another kind is unset.
    SetKind(BodyKind),
    /// A body from the register, or none (any other body).
    SetBody(Option<String>),
    /// The criteria set.
    SetSet(String),
    /// The day of the check.
    SetCheckedOn(Day),
    /// Record (or with `None`, clear) an observation.
    Observe {
        /// The criterion.
        criterion: String,
        /// The observation.
        observation: Option<Observation>,
    },
    /// Tick or untick an option of a several-options criterion.
    Toggle {
        /// The criterion.
        criterion: String,
        /// The option.
        option: String,
        /// Ticked.
        on: bool,
    },
    /// Evidence links, one per line, as typed.
    Evidence {
        /// The criterion.
        criterion: String,
        /// The text.
        text: String,
    },
    /// The day of an observation, as the date input gives it.
    ObservedOn {
        /// The criterion.
        criterion: String,
        /// `YYYY-MM-DD`, or empty for the day of the check.
        text: String,
    },
    /// The assessor's name or pseudonym, as typed.
    SetAssessorName(String),
    /// The assessor's organisation, as typed.
    SetAssessorOrganisation(String),
    /// The region, as typed.
    SetRegion(String),
    /// The note, as typed.
    Note {
        /// The criterion.
        criterion: String,
        /// The text.
        text: String,
    },
    /// Import a file as a new draft, if it is a valid assessment in UTF-8.
    Import {
        /// The file's name.
        file: String,
        /// Its bytes (not decoded yet: bytes that are not UTF-8 are
        /// refused where they are, as the CLI does).
        bytes: Vec<u8>,
        /// The new draft's id.
        id: String,
        /// Today (dates after it are refused).
        today: Day,
    },
    /// The checker's verdict on the import `id`.
    ImportChecked {
        /// The new draft's id.
        id: String,
        /// The check; `None` when the checker could not be loaded.
        checked: Option<Box<CitizenCheck>>,
    },
    /// A file chosen for import was not read.
    ImportNotRead {
        /// The file's name.
        file: String,
        /// Why.
        reason: NotRead,
    },
    /// Forget the last import's outcome.
    DismissImport,
    /// A catalogue part arrived, read and checked.
    Arrived(Arrival),
    /// A translation file arrived, read and checked.
    Words(Lang, Shared<Table>),
    /// A catalogue part or translation file could not be had.
    Unavailable(String),
    /// Try the unavailable files again.
    Retry,
    /// Report a storage problem (or, with `None`, that saving works again).
    Storage(Option<StorageProblem>),
    /// Another tab saved this version of a draft; this tab last saw
    /// revision `base` of it in storage.
    External {
        /// The other tab's version.
        theirs: Box<Draft>,
        /// The revision both started from, when this tab saw one.
        base: Option<u64>,
    },
    /// Another tab deleted a draft.
    ExternalRemoved(String),
    /// Settle a clash between two tabs: keep the other tab's version of the
    /// answer to `criterion` (or of the details, with `None`), or this one.
    Resolve {
        /// The criterion, or `None` for the details.
        criterion: Option<String>,
        /// Keep the other tab's version.
        theirs: bool,
    },
    /// Show this criterion's question (the checklist, one question at a time).
    Ask(String),
    /// The next question, or the summary after the last.
    Next,
    /// The previous question, or the details before the first.
    Previous,
    /// The next question without an answer, or the summary when all are.
    NextUnanswered,
    /// The citizen confirms the suggested answer to this criterion as
    /// their own (it is then rated and scored).
    ConfirmSuggestion(String),
    /// Go where the browser's history says (Back and Forward).
    Navigate(Place),
    /// Carry the current draft to the newer set it is offered (the core's
    /// migration; the answers that cannot move stay in the draft with their
    /// reasons).
    AcceptMigration,
    /// Keep the current draft on its set; nothing newer is offered again
    /// while it stays there (also an embedding page's preset set).
    DeclineMigration,
    /// The checker's offer for a revision of a draft.
    Offered(OfferFor),
    /// The first screen of the draft just opened (this id) is complete and
    /// the page idle: an offer for it may be asked for from now on.
    Settled(String),
    /// The text of a count field, as typed: a whole number is recorded,
    /// anything else is kept as typed, shown with its error and not rated.
    TypeCount {
        /// The criterion.
        criterion: String,
        /// The text.
        text: String,
    },
}

impl State {
    /// The state on start: what the storage held, back where the citizen was
    /// when the draft stored as their place still exists.
    pub(crate) fn restored(
        drafts: Vec<Draft>,
        lang: Lang,
        place: Option<Place>,
        storage: Option<StorageProblem>,
    ) -> State {
        let place = place.filter(|p| drafts.iter().any(|d| d.id == p.draft));
        let mut state = State {
            lang,
            drafts,
            storage,
            view: place.as_ref().map_or(View::Home, |p| p.view),
            question: place.as_ref().and_then(|p| p.question.clone()),
            opened: place.as_ref().map(|p| p.draft.clone()),
            current: place.map(|p| p.draft),
            ..State::default()
        };
        state.hold_question();
        state
    }

    /// Where the citizen is, when a draft is open.
    pub(crate) fn place(&self) -> Option<Place> {
        let draft = self.current_draft()?;
        (self.view != View::Home).then(|| Place {
            view: self.view,
            draft: draft.id.clone(),
            question: (self.view == View::Checklist)
                .then(|| self.question.clone())
                .flatten(),
        })
    }

    /// Once the index of sets is here, gives each draft whose set was chosen
    /// before it arrived ([`SetVersion::Pending`]) the set's version; a set the index
    /// lacks becomes its first set, as an unknown choice would.
    fn resolve_pending_sets(&mut self) {
        let index = self.known.index(Lang::Az).to_vec();
        let Some(first) = index.first() else {
            return;
        };
        for draft in self.drafts.iter_mut().filter(|d| d.set_pending()) {
            let set = index.iter().find(|s| s.id == draft.set.id).unwrap_or(first);
            draft.set.id = set.id.clone();
            draft.set.version = SetVersion::Known(set.version.clone());
            draft.revision += 1;
        }
    }

    /// The draft being edited.
    pub(crate) fn current_draft(&self) -> Option<&Draft> {
        let id = self.current.as_deref()?;
        self.drafts.iter().find(|d| d.id == id)
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.drafts.iter().position(|d| d.id == id)
    }

    /// Applies `change` to the current draft and bumps its revision; a
    /// change to the details stamps them with the new revision.
    fn edit(&mut self, change: impl FnOnce(&mut Draft)) {
        let Some(i) = self.current.as_deref().and_then(|id| self.position(id)) else {
            return;
        };
        let draft = &mut self.drafts[i];
        let before = draft.clone();
        change(draft);
        if *draft != before {
            draft.revision += 1;
            if !draft.same_details(&before) {
                draft.details_changed = draft.revision;
            }
        }
    }

    /// Changes the answer to `criterion`, stamped with the new revision.
    fn answer(&mut self, criterion: String, change: impl FnOnce(&mut DraftAnswer)) {
        self.edit(|d| {
            let stamp = d.revision + 1;
            let answer = d.answers.entry(criterion.clone()).or_default();
            let before = answer.clone();
            change(answer);
            if answer.is_empty() {
                d.answers.remove(&criterion);
            } else if !answer.same_content(&before) {
                answer.changed = stamp;
            }
        });
    }

    /// Applies one action.
    pub(crate) fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(lang) => {
                if lang != self.lang {
                    if let Some(ImportOutcome::Refused { again: Some(w), .. }) = &self.import {
                        self.waiting_import = Some(WaitingImport {
                            part: None,
                            ..*w.clone()
                        });
                    }
                    // Choosing another language asks again for what failed.
                    self.unavailable.clear();
                }
                self.lang = lang;
            }
            Action::Show(_)
            | Action::Ask(_)
            | Action::Next
            | Action::Previous
            | Action::NextUnanswered
            | Action::Navigate(_) => self.navigate(action),
            Action::New { .. }
            | Action::Open(_)
            | Action::Duplicate { .. }
            | Action::Delete(_)
            | Action::UndoDelete
            | Action::DismissUndo => self.manage(action),
            Action::AcceptMigration | Action::DeclineMigration | Action::Offered(_) => {
                self.apply_migration(action)
            }
            Action::Settled(id) => {
                if self.opened.as_ref() == Some(&id) {
                    self.settled = Some(id);
                }
            }
            Action::Import { .. }
            | Action::ImportChecked { .. }
            | Action::ImportNotRead { .. }
            | Action::DismissImport => self.apply_import(action),
            Action::Arrived(_)
            | Action::Words(..)
            | Action::Unavailable(_)
            | Action::Retry
            | Action::Storage(_) => self.apply_loading(action),
            Action::External { .. } | Action::ExternalRemoved(_) | Action::Resolve { .. } => {
                self.sync(action)
            }
            edit => self.apply_edit(edit),
        }
        self.hold_question();
    }

    /// Holds the question on screen as a position: while the checklist is
    /// shown and its questions are known, `question` names the card shown
    /// (the one chosen, else the first unanswered, else the first), so that
    /// answering it, confirming a suggestion or adding evidence does not move
    /// the card on; only `Next`, `Previous`, `NextUnanswered`, `Ask` and
    /// `Navigate` do. The one place that fills the position in: after every
    /// action and on a reload, whose stored place may name no question (the
    /// old two-part form, or a draft opened before its set arrived).
    fn hold_question(&mut self) {
        if self.view != View::Checklist {
            return;
        }
        if let Some(shown) = self.current_question().map(|c| c.id.clone()) {
            self.question = Some(shown);
        }
    }

    /// Moving between views and questions.
    fn navigate(&mut self, action: Action) {
        self.opened = None;
        if self.current_draft().is_none() {
            self.view = View::Home;
            if let Action::Navigate(place) = action {
                self.restore_place(place);
            }
            return;
        }
        match action {
            // The checklist opens on the question held, else the first
            // unanswered (`hold_question`).
            Action::Show(view) => self.view = view,
            Action::Ask(criterion) => {
                self.view = View::Checklist;
                self.question = Some(criterion);
            }
            Action::Next => self.step(1),
            Action::Previous => self.step(-1),
            Action::NextUnanswered => match self.first_unanswered(self.question.as_deref()) {
                Some(next) => {
                    self.view = View::Checklist;
                    self.question = Some(next);
                }
                None => self.view = View::Report,
            },
            Action::Navigate(place) => self.restore_place(place),
            _ => {}
        }
    }

    fn restore_place(&mut self, place: Place) {
        if self.position(&place.draft).is_some() {
            self.current = Some(place.draft);
            self.view = place.view;
            if place.question.is_some() {
                self.question = place.question;
            }
        } else {
            self.view = View::Home;
        }
    }

    /// The questions of the current draft, in order.
    pub(crate) fn questions(&self) -> Vec<&napcheck_core::criteria::Criterion> {
        self.current_draft()
            .map_or_else(Vec::new, |d| d.questions(&self.known, self.lang))
    }

    /// The question on screen: the one chosen while it is asked, else the
    /// first unanswered one, else the first.
    pub(crate) fn current_question(&self) -> Option<&napcheck_core::criteria::Criterion> {
        let questions = self.questions();
        let chosen = self.question.as_deref();
        questions
            .iter()
            .find(|c| Some(c.id.as_str()) == chosen)
            .or_else(|| {
                let draft = self.current_draft()?;
                questions.iter().find(|c| {
                    draft
                        .answers
                        .get(&c.id)
                        .is_none_or(DraftAnswer::awaits_citizen)
                })
            })
            .or_else(|| questions.first())
            .copied()
    }

    /// Moves `by` questions on; past the last is the summary, before the
    /// first the website's details.
    fn step(&mut self, by: isize) {
        let questions: Vec<String> = self.questions().iter().map(|c| c.id.clone()).collect();
        let here = self
            .current_question()
            .and_then(|q| questions.iter().position(|c| *c == q.id));
        let Some(here) = here else {
            self.view = if by > 0 { View::Report } else { View::Details };
            return;
        };
        match here.checked_add_signed(by).filter(|&i| i < questions.len()) {
            Some(i) => {
                self.view = View::Checklist;
                self.question = Some(questions[i].clone());
            }
            None => self.view = if by > 0 { View::Report } else { View::Details },
        }
    }

    /// The first question without an answer after `after` (wrapping round
    /// to the start), or `None` when every question is answered.
    fn first_unanswered(&self, after: Option<&str>) -> Option<String> {
        let draft = self.current_draft()?;
        let questions = self.questions();
        let start = after
            .and_then(|a| questions.iter().position(|c| c.id == a))
            .map_or(0, |i| i + 1);
        let (before, from) = questions.split_at(start.min(questions.len()));
        from.iter()
            .chain(before)
            .find(|c| {
                draft
                    .answers
                    .get(&c.id)
                    .is_none_or(DraftAnswer::awaits_citizen)
            })
            .map(|c| c.id.clone())
    }

    /// Drafts: new, open, copy, delete and undo.
    fn manage(&mut self, action: Action) {
        match action {
            Action::New { id, today } => {
                self.drafts.push(Draft::new(id.clone(), today, &self.known));
                self.current = Some(id);
                self.view = View::Details;
                self.question = None;
            }
            Action::Open(id) if self.position(&id).is_some() => {
                if self.current.as_deref() != Some(id.as_str()) {
                    self.question = None;
                }
                self.opened = Some(id.clone());
                self.settled = None;
                self.current = Some(id);
                // Another draft starts on its first unanswered question
                // (`hold_question`); the same draft stays on its own.
                self.view = View::Checklist;
            }
            Action::Duplicate { id, new_id } => {
                if let Some(i) = self.position(&id) {
                    let mut copy = self.drafts[i].clone();
                    copy.id = new_id;
                    copy.revision = 1;
                    self.drafts.insert(i + 1, copy);
                }
            }
            Action::Delete(id) => {
                if let Some(i) = self.position(&id) {
                    let draft = self.drafts.remove(i);
                    if self.current.as_deref() == Some(id.as_str()) {
                        self.current = None;
                        self.question = None;
                        self.view = View::Home;
                    }
                    self.deleted = Some((i, draft));
                }
            }
            Action::UndoDelete => {
                if let Some((i, draft)) = self.deleted.take() {
                    if self.position(&draft.id).is_none() {
                        let i = i.min(self.drafts.len());
                        self.drafts.insert(i, draft);
                    }
                }
            }
            Action::DismissUndo => self.deleted = None,
            _ => {}
        }
    }

    /// The offer to carry the current draft to a newer set, accepted or
    /// declined; the draft is unchanged until then.
    fn apply_migration(&mut self, action: Action) {
        match action {
            Action::DeclineMigration => {
                self.opened = None;
                self.edit(|d| d.kept_on = Some(d.set.clone()));
            }
            Action::Offered(offer) => {
                let current = self.current_draft();
                if current.is_some_and(|d| d.id == offer.draft && d.revision == offer.revision) {
                    self.offer = Some(offer);
                }
            }
            _ => {
                let Some(offer) = self.current_offer().cloned() else {
                    return;
                };
                let Some(i) = self.current.as_deref().and_then(|id| self.position(id)) else {
                    return;
                };
                self.drafts[i] = offer.apply(&self.drafts[i]);
                // The new set's first unanswered question (`hold_question`).
                self.question = None;
                self.opened = None;
            }
        }
    }

    /// The draft just opened whose first screen waits to be complete and
    /// the page idle ([`Action::Settled`]) before an offer is asked for.
    pub(crate) fn settling(&self) -> Option<&str> {
        let id = self.opened.as_deref()?;
        let complete = self.missing().is_empty() || !self.unavailable.is_empty();
        (self.settled.as_deref() != Some(id) && complete).then_some(id)
    }

    /// The draft just opened or imported, while an offer may be made for it.
    fn opened_draft(&self) -> Option<&Draft> {
        self.current_draft()
            .filter(|d| self.opened.as_deref() == Some(d.id.as_str()))
    }

    /// The offer for the draft just opened, when the checker has made one
    /// for its current revision.
    pub(crate) fn current_offer(&self) -> Option<&migration::Offer> {
        let draft = self.opened_draft()?;
        let offer = self.offer.as_ref()?;
        let current = offer.draft == draft.id && offer.revision == draft.revision;
        current.then_some(offer.offer.as_deref()).flatten()
    }

    /// The draft (id and revision) an offer is due for: the draft just
    /// opened, once every part an offer needs is here, and not yet answered
    /// for this revision (`checker::offer` writes what the checker reads).
    pub(crate) fn offer_due(&self) -> Option<(String, u64)> {
        let draft = self.opened_draft()?;
        if self.settled.as_ref() != Some(&draft.id) {
            return None;
        }
        let answered = self
            .offer
            .as_ref()
            .is_some_and(|o| o.draft == draft.id && o.revision == draft.revision);
        let ready = migration::ready(draft, &self.known, self.lang);
        (ready && !answered).then(|| (draft.id.clone(), draft.revision))
    }

    /// In unit tests: the page settled and the offer that is due made at
    /// once by the core, as `ui/checks.rs` has the checker make it after a change.
    #[cfg(test)]
    pub(crate) fn make_due_offer(&mut self) {
        if let Some(id) = self.opened.clone() {
            self.apply(Action::Settled(id));
        }
        let Some((draft, revision)) = self.offer_due() else {
            return;
        };
        let offer = self
            .opened_draft()
            .and_then(|d| migration::offer(d, &self.known, self.lang))
            .map(Rc::new);
        self.apply(Action::Offered(OfferFor {
            draft,
            revision,
            offer,
        }));
    }

    /// In unit tests: what the checker reads to make the offer that is due
    /// (it writes it itself, in its chunk: `checker::offer`).
    #[cfg(test)]
    pub(crate) fn offer_request(&self) -> Option<migration::Request> {
        self.offer_due()?;
        migration::request(self.opened_draft()?, &self.known, self.lang)
    }

    /// Changes to the current draft's details and answers.
    fn apply_edit(&mut self, action: Action) {
        match action {
            Action::SetUrl(url) => self.edit(|d| d.site.url = (!url.is_empty()).then_some(url)),
            Action::SetName(name) => self.edit(|d| d.site.name = name),
            Action::SetKind(kind) => {
                let known = self.known.clone();
                self.edit(|d| {
                    d.site.body_kind = kind;
                    let listed = d.site.body.as_deref().and_then(|b| known.bodies().get(b));
                    if listed.is_some_and(|b| b.kind != kind) {
                        d.site.body = None;
                    }
                })
            }
            Action::SetBody(body) => {
                let (lang, known) = (self.lang, self.known.clone());
                self.edit(|d| set_body(d, body, known.bodies(), lang));
            }
            Action::SetSet(id) => {
                let index = self.known.index(Lang::Az).to_vec();
                self.edit(|d| {
                    if let Some(set) = index.iter().find(|s| s.id == id) {
                        d.set.id = set.id.clone();
                        d.set.version = SetVersion::Known(set.version.clone());
                    } else if index.is_empty() {
                        // An embedded widget's preset, before the index arrives:
                        // the set is fetched at once, its version resolved on
                        // `Arrived` (see `resolve_pending_sets`).
                        d.set.id = id;
                        d.set.version = SetVersion::Pending;
                    }
                })
            }
            Action::SetCheckedOn(day) => self.edit(|d| d.checked_on = day),
            Action::Observe {
                criterion,
                observation,
            } => self.answer(criterion, |a| {
                a.observation = observation;
                a.typed.clear();
                a.suggested_by = None;
            }),
            Action::ConfirmSuggestion(criterion) => self.answer(criterion, |a| {
                if a.observation.is_some() {
                    a.suggested_by = None;
                }
            }),
            Action::TypeCount { criterion, text } => self.answer(criterion, |a| {
                a.suggested_by = None;
                let trimmed = text.trim();
                if trimmed.is_empty() {
                    a.observation = None;
                    a.typed.clear();
                } else if let Ok(n) = napcheck_core::read_count(trimmed) {
                    a.observation = Some(Observation::Count(n));
                    a.typed.clear();
                } else {
                    a.observation = None;
                    a.typed = text;
                }
            }),
            Action::Toggle {
                criterion,
                option,
                on,
            } => self.answer(criterion, |a| {
                let mut ticked = match &a.observation {
                    Some(Observation::Choices(ticked)) => ticked.clone(),
                    _ => Vec::new(),
                };
                a.suggested_by = None;
                ticked.retain(|o| *o != option);
                if on {
                    ticked.push(option);
                }
                a.observation = Some(Observation::Choices(ticked));
            }),
            Action::Evidence { criterion, text } => self.answer(criterion, |a| a.evidence = text),
            Action::Note { criterion, text } => self.answer(criterion, |a| a.note = text),
            Action::ObservedOn { criterion, text } => {
                self.answer(criterion, |a| a.observed_on = text)
            }
            Action::SetAssessorName(name) => self.edit(|d| d.assessor.name = Some(name)),
            Action::SetAssessorOrganisation(organisation) => {
                self.edit(|d| d.assessor.organisation = Some(organisation))
            }
            Action::SetRegion(region) => self.edit(|d| d.site.region = Some(region)),
            _ => {}
        }
    }

    /// Importing a file.
    fn apply_import(&mut self, action: Action) {
        match action {
            Action::Import {
                file,
                bytes,
                id,
                today,
            } => {
                self.import = Some(ImportOutcome::Checking { file: file.clone() });
                self.waiting_import = Some(WaitingImport {
                    file,
                    bytes,
                    id,
                    today,
                    part: None,
                    findings: Vec::new(),
                });
            }
            Action::ImportChecked { id, checked } => {
                let Some(w) = self.waiting_import.take() else {
                    return;
                };
                if w.id != id || w.part.is_some() {
                    self.waiting_import = Some(w);
                    return;
                }
                match checked {
                    Some(checked) => self.import(w, *checked),
                    None => {
                        self.import = Some(ImportOutcome::NotRead {
                            file: w.file,
                            reason: NotRead::Unchecked,
                        })
                    }
                }
            }
            Action::ImportNotRead { file, reason } => {
                self.import = Some(ImportOutcome::NotRead { file, reason })
            }
            Action::DismissImport => {
                self.import = None;
                self.waiting_import = None;
            }
            _ => {}
        }
    }

    /// Catalogue parts arriving or failing, and the storage's health.
    fn apply_loading(&mut self, action: Action) {
        match action {
            Action::Arrived(_) | Action::Words(..) => {
                match action {
                    Action::Arrived(arrival) => self.known = self.known.with(arrival),
                    Action::Words(lang, table) => self.words = self.words.with(lang, table),
                    _ => {}
                }
                self.resolve_pending_sets();
                // The set an import waits for has arrived: checked again.
                if let Some(w) = &mut self.waiting_import {
                    if w.part.as_ref().is_some_and(|p| self.known.has(p)) {
                        w.part = None;
                    }
                }
            }
            Action::Unavailable(path) => {
                if !self.unavailable.contains(&path) {
                    self.unavailable.push(path.clone());
                }
                if let Some(w) = self.waiting_import.take() {
                    if w.part.as_ref().is_some_and(|p| p.path() == path) {
                        // Checked without the set: refused as naming an unknown set.
                        self.import = Some(ImportOutcome::Refused {
                            file: w.file.clone(),
                            findings: w.findings.clone(),
                            again: Some(Box::new(w)),
                        });
                    } else {
                        self.waiting_import = Some(w);
                    }
                }
            }
            Action::Retry => self.unavailable.clear(),
            Action::Storage(problem) => self.storage = problem,
            _ => {}
        }
    }

    /// Other tabs: their versions merged, their deletions, clashes settled.
    fn sync(&mut self, action: Action) {
        match action {
            Action::External { theirs, base } => self.external(*theirs, base),
            Action::ExternalRemoved(id) if self.current.as_deref() != Some(id.as_str()) => {
                self.drafts.retain(|d| d.id != id);
            }
            Action::Resolve { criterion, theirs } => {
                let Some(i) = self
                    .clashes
                    .iter()
                    .position(|c| c.criterion() == criterion.as_deref())
                else {
                    return;
                };
                let clash = self.clashes.remove(i);
                if !theirs {
                    return;
                }
                match clash {
                    Clash::Details(other) => self.edit(|d| d.take_details(&other)),
                    Clash::Answer { criterion, theirs } => {
                        self.answer(criterion, |a| *a = theirs.unwrap_or_default())
                    }
                }
            }
            _ => {}
        }
    }
    /// The checker's verdict on an import: a new draft, a refusal, or a
    /// wait for the set it names (then checked again).
    fn import(&mut self, w: WaitingImport, checked: CitizenCheck) {
        let file = w.file.clone();
        if let Some(part) = checked
            .unknown_set
            .as_deref()
            .and_then(|id| missing_set(id, &self.known, self.lang))
        {
            // The citizen's import asks again for a part that failed before.
            self.unavailable.retain(|p| *p != part.path());
            self.import = Some(ImportOutcome::Checking { file });
            self.waiting_import = Some(WaitingImport {
                part: Some(part),
                findings: checked.findings,
                ..w
            });
            return;
        }
        match checked.assessment {
            Some(assessment) => {
                let warnings = checked.findings.len();
                let id = w.id;
                self.drafts
                    .push(Draft::from_assessment(id.clone(), assessment));
                self.current = Some(id);
                self.view = View::Checklist;
                // Its first question awaiting the citizen, then held
                // (`hold_question`), so that confirming a suggestion does
                // not move on.
                self.question = None;
                self.import = Some(ImportOutcome::Accepted { file, warnings });
                self.opened = self.current.clone();
                self.settled = None;
            }
            None => {
                self.import = Some(ImportOutcome::Refused {
                    file,
                    findings: checked.findings,
                    again: Some(Box::new(w)),
                })
            }
        }
    }

    /// Another tab's version of a draft: merged with this tab's answer by
    /// answer; what both changed differently waits for the citizen.
    fn external(&mut self, theirs: Draft, base: Option<u64>) {
        let Some(i) = self.position(&theirs.id) else {
            self.drafts.push(theirs);
            return;
        };
        if self.drafts[i] == theirs {
            return;
        }
        let (merged, clashes) = merge(&self.drafts[i], &theirs, base.unwrap_or(0));
        if merged.revision > theirs.revision {
            self.merged.retain(|(id, _)| *id != theirs.id);
            self.merged.push((theirs.id.clone(), theirs.revision));
        }
        self.drafts[i] = merged;
        self.clashes
            .retain(|c| !clashes.iter().any(|n| n.criterion() == c.criterion()));
        self.clashes.extend(clashes);
    }
}

/// Sets (or unsets) the listed body; its kind follows. Its name and website
/// replace the fields still empty or holding the previous listed body's;
/// a website the register does not know clears the previous body's.
fn set_body(
    draft: &mut Draft,
    body: Option<String>,
    bodies: &napcheck_core::BodyRegister,
    lang: Lang,
) {
    let previous = draft.site.body.as_deref().and_then(|b| bodies.get(b));
    let next = body.as_deref().and_then(|b| bodies.get(b));
    let filled_by_register = |field: &str, of: &dyn Fn(&napcheck_core::Body, Lang) -> String| {
        field.trim().is_empty()
            || previous.is_some_and(|p| Lang::ALL.iter().any(|&l| of(p, l) == field.trim()))
    };
    let name_of = |b: &napcheck_core::Body, l: Lang| b.name.get(l).to_owned();
    let website_of = |b: &napcheck_core::Body, _| b.website.clone().unwrap_or_default();
    if filled_by_register(&draft.site.name, &name_of) {
        draft.site.name = next.map(|n| name_of(n, lang)).unwrap_or_default();
    }
    if filled_by_register(draft.site.url.as_deref().unwrap_or(""), &website_of) {
        draft.site.url = next.and_then(|n| n.website.clone());
    }
    draft.site.body = next.map(|n| n.id.clone());
    if let Some(next) = next {
        draft.site.body_kind = next.kind;
    }
}

/// The set part an import must wait for: the index, or a set the index
/// lists but that is not loaded yet (none when it is loaded: the file
/// names a version the set does not support).
fn missing_set(id: &str, known: &Known, lang: Lang) -> Option<Part> {
    let index = known.index(lang);
    if index.is_empty() {
        return Some(Part::Index(lang));
    }
    let part = Part::Set(id.to_owned(), lang);
    (index.iter().any(|s| s.id == id) && !known.has(&part)).then_some(part)
}

impl State {
    /// What the views need from the catalogue now: the index, the current
    /// draft's set, and on the home page the sets of the drafts listed (for
    /// their progress), each with texts in the interface language; and the
    /// set an import waits for.
    pub(crate) fn needs(&self) -> Vec<Part> {
        let mut parts = vec![Part::Index(self.lang)];
        let mut set = |id: &str| {
            let part = Part::Set(id.to_owned(), self.lang);
            if !id.is_empty() && !parts.contains(&part) {
                parts.push(part);
            }
        };
        if let Some(draft) = self.current_draft() {
            set(&draft.set.id);
        }
        if self.view == View::Home {
            self.drafts.iter().for_each(|d| set(&d.set.id));
        }
        if let Some(w) = &self.waiting_import {
            if let Some(Part::Set(id, _)) = &w.part {
                set(id);
            }
        }
        // What an offer to carry the draft to a newer set needs, when one
        // may be made (a draft just opened or imported), once the first
        // screen is complete and the page idle.
        let opened = self
            .current_draft()
            .filter(|d| self.opened.as_ref() == Some(&d.id) && self.settled == self.opened);
        if let Some(draft) = opened {
            for part in migration::parts(draft, &self.known, self.lang) {
                if !parts.contains(&part) {
                    parts.push(part);
                }
            }
        }
        // The details view's choice of body, and nothing else, names bodies.
        if self.view == View::Details {
            parts.push(Part::Bodies);
        }
        parts
    }

    /// The parts the views need that are not here yet (what `ui/mod.rs`
    /// fetches).
    pub(crate) fn missing(&self) -> Vec<Part> {
        let mut parts = self.needs();
        parts.retain(|p| !self.known.has(p));
        parts
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "state_cases.rs"]
mod cases;
