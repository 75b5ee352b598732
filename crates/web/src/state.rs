//! The widget's state and its pure reducer, after yew's function_todomvc:
//! every change is an [`Action`], applied by [`State::apply`] with no IO, so
//! the whole behaviour is unit-tested natively. Storage and the DOM react to
//! the new state in `app.rs`.

use crate::draft::{Draft, DraftAnswer};
use napcheck_core::{check_text, BodyKind, Catalogue, Day, Lang, LocatedFinding, Observation};
use std::rc::Rc;
use yew::Reducible;

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
    /// Refused, with every located finding.
    Refused {
        /// The file's name.
        file: String,
        /// The findings (errors and warnings).
        findings: Vec<LocatedFinding>,
    },
    /// Imported as a new draft; warnings do not refuse a file.
    Accepted {
        /// The file's name.
        file: String,
        /// Warnings found.
        warnings: usize,
    },
}

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
    /// A newer version of the current draft, saved by another tab.
    pub(crate) conflict: Option<Draft>,
    /// The last import's outcome.
    pub(crate) import: Option<ImportOutcome>,
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
    /// The note, as typed.
    Note {
        /// The criterion.
        criterion: String,
        /// The text.
        text: String,
    },
    /// Import a file's text as a new draft, if it is a valid assessment.
    Import {
        /// The file's name.
        file: String,
        /// Its text.
        text: String,
        /// The new draft's id.
        id: String,
        /// Today (dates after it are refused).
        today: Day,
    },
    /// Forget the last import's outcome.
    DismissImport,
    /// Report a storage problem (or, with `None`, that saving works again).
    Storage(Option<StorageProblem>),
    /// Another tab saved this version of a draft.
    External(Draft),
    /// Another tab deleted a draft.
    ExternalRemoved(String),
    /// Take the other tab's version of the current draft.
    LoadTheirs,
    /// Keep this tab's version; it is saved over the other one.
    KeepMine,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

impl State {
    /// The draft being edited.
    pub(crate) fn current_draft(&self) -> Option<&Draft> {
        let id = self.current.as_deref()?;
        self.drafts.iter().find(|d| d.id == id)
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.drafts.iter().position(|d| d.id == id)
    }

    /// Applies `change` to the current draft and bumps its revision.
    fn edit(&mut self, change: impl FnOnce(&mut Draft)) {
        let Some(i) = self.current.as_deref().and_then(|id| self.position(id)) else {
            return;
        };
        let draft = &mut self.drafts[i];
        let before = draft.clone();
        change(draft);
        if *draft != before {
            draft.revision += 1;
        }
    }

    fn answer(&mut self, criterion: String, change: impl FnOnce(&mut DraftAnswer)) {
        self.edit(|d| {
            let answer = d.answers.entry(criterion.clone()).or_default();
            change(answer);
            if *answer == DraftAnswer::default() {
                d.answers.remove(&criterion);
            }
        });
    }

    /// Applies one action.
    pub(crate) fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(lang) => self.lang = lang,
            Action::Show(view) => {
                self.view = if self.current_draft().is_some() {
                    view
                } else {
                    View::Home
                }
            }
            Action::New { id, today } => {
                self.drafts.push(Draft::new(id.clone(), today));
                self.current = Some(id);
                self.view = View::Details;
            }
            Action::Open(id) => {
                if self.position(&id).is_some() {
                    self.current = Some(id);
                    self.view = View::Checklist;
                }
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
            Action::SetUrl(url) => self.edit(|d| d.site.url = url),
            Action::SetName(name) => self.edit(|d| d.site.name = name),
            Action::SetKind(kind) => self.edit(|d| {
                d.site.body_kind = kind;
                let listed = d
                    .site
                    .body
                    .as_deref()
                    .and_then(|b| Catalogue::bundled().bodies().get(b));
                if listed.is_some_and(|b| b.kind != kind) {
                    d.site.body = None;
                }
            }),
            Action::SetBody(body) => {
                let lang = self.lang;
                self.edit(|d| set_body(d, body, lang));
            }
            Action::SetSet(id) => self.edit(|d| {
                if let Some(set) = Catalogue::bundled().set(&id) {
                    d.set.id = set.id.clone();
                    d.set.version = set.version.clone();
                }
            }),
            Action::SetCheckedOn(day) => self.edit(|d| d.checked_on = day),
            Action::Observe {
                criterion,
                observation,
            } => self.answer(criterion, |a| a.observation = observation),
            Action::Toggle {
                criterion,
                option,
                on,
            } => self.answer(criterion, |a| {
                let mut ticked = match &a.observation {
                    Some(Observation::Choices(ticked)) => ticked.clone(),
                    _ => Vec::new(),
                };
                ticked.retain(|o| *o != option);
                if on {
                    ticked.push(option);
                }
                a.observation = Some(Observation::Choices(ticked));
            }),
            Action::Evidence { criterion, text } => self.answer(criterion, |a| a.evidence = text),
            Action::Note { criterion, text } => self.answer(criterion, |a| a.note = text),
            Action::Import {
                file,
                text,
                id,
                today,
            } => self.import(file, &text, id, today),
            Action::DismissImport => self.import = None,
            Action::Storage(problem) => self.storage = problem,
            Action::External(theirs) => self.external(theirs),
            Action::ExternalRemoved(id) => {
                if self.current.as_deref() != Some(id.as_str()) {
                    self.drafts.retain(|d| d.id != id);
                }
            }
            Action::LoadTheirs => {
                if let Some(theirs) = self.conflict.take() {
                    if let Some(i) = self.position(&theirs.id) {
                        self.drafts[i] = theirs;
                    }
                }
            }
            Action::KeepMine => {
                if let Some(theirs) = self.conflict.take() {
                    if let Some(i) = self.position(&theirs.id) {
                        let mine = &mut self.drafts[i];
                        mine.revision = mine.revision.max(theirs.revision) + 1;
                    }
                }
            }
        }
    }

    fn import(&mut self, file: String, text: &str, id: String, today: Day) {
        let checked = check_text(text, Catalogue::bundled(), today);
        match checked.assessment {
            Some(assessment) if checked.is_valid() => {
                let warnings = checked.findings.len();
                self.drafts
                    .push(Draft::from_assessment(id.clone(), assessment));
                self.current = Some(id);
                self.view = View::Checklist;
                self.import = Some(ImportOutcome::Accepted { file, warnings });
            }
            _ => {
                self.import = Some(ImportOutcome::Refused {
                    file,
                    findings: checked.findings,
                })
            }
        }
    }

    fn external(&mut self, theirs: Draft) {
        match self.position(&theirs.id) {
            None => self.drafts.push(theirs),
            Some(i) if self.drafts[i] == theirs => {}
            Some(_) if self.current.as_deref() == Some(theirs.id.as_str()) => {
                self.conflict = Some(theirs);
            }
            Some(i) => self.drafts[i] = theirs,
        }
    }
}

/// Sets (or unsets) the listed body; its kind follows, and its name and
/// website fill the fields still empty or holding another listed body's.
fn set_body(draft: &mut Draft, body: Option<String>, lang: Lang) {
    let bodies = Catalogue::bundled().bodies();
    let previous = draft.site.body.as_deref().and_then(|b| bodies.get(b));
    let Some(next) = body.as_deref().and_then(|b| bodies.get(b)) else {
        draft.site.body = None;
        return;
    };
    let was_filled_by_register = |field: &str, of: fn(&napcheck_core::Body, Lang) -> String| {
        field.trim().is_empty()
            || previous.is_some_and(|p| Lang::ALL.iter().any(|&l| of(p, l) == field))
    };
    if was_filled_by_register(&draft.site.name, |b, l| b.name.get(l).to_owned()) {
        draft.site.name = next.name.get(lang).to_owned();
    }
    if let Some(website) = &next.website {
        if was_filled_by_register(&draft.site.url, |b, _| {
            b.website.clone().unwrap_or_default()
        }) {
            draft.site.url = website.clone();
        }
    }
    draft.site.body = Some(next.id.clone());
    draft.site.body_kind = next.kind;
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
