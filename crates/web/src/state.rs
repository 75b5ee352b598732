//! The widget's state and its pure reducer, after yew's function_todomvc:
//! every change is an [`Action`], applied by [`State::apply`] with no IO, so
//! the whole behaviour is unit-tested natively. Storage and the DOM react to
//! the new state in `app.rs`.

use crate::catalogue::{self, Part};
use crate::draft::{Draft, DraftAnswer};
use napcheck_core::{check_text, parse, BodyKind, Day, Lang, LocatedFinding, Observation, Problem};
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

/// Where the citizen is: the view and the draft it shows, restored on reload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Place {
    /// The view.
    pub(crate) view: View,
    /// The draft's id.
    pub(crate) draft: String,
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
    /// A newer version of the current draft, saved by another tab.
    pub(crate) conflict: Option<Draft>,
    /// The last import's outcome.
    pub(crate) import: Option<ImportOutcome>,
    /// An import waiting for the criteria set it names to load.
    pub(crate) waiting_import: Option<WaitingImport>,
    /// Bumped each time a catalogue part or translation file arrives, so
    /// that the views read the catalogue again.
    pub(crate) loaded: u32,
    /// The paths that could be neither fetched nor read from the cache.
    pub(crate) unavailable: Vec<String>,
}

/// A file being imported while the set it names loads.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct WaitingImport {
    /// The file's name.
    pub(crate) file: String,
    /// Its text.
    pub(crate) text: String,
    /// The new draft's id.
    pub(crate) id: String,
    /// Today.
    pub(crate) today: Day,
    /// What it waits for.
    pub(crate) part: Part,
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
    /// A file chosen for import was not read.
    ImportNotRead {
        /// The file's name.
        file: String,
        /// Why.
        reason: NotRead,
    },
    /// Forget the last import's outcome.
    DismissImport,
    /// A catalogue part or translation file arrived.
    Loaded,
    /// A catalogue part or translation file could not be had.
    Unavailable(String),
    /// Try the unavailable files again.
    Retry,
    /// Report a storage problem (or, with `None`, that saving works again).
    Storage(Option<StorageProblem>),
    /// Another tab saved this version of a draft.
    External(Box<Draft>),
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
    /// The state on start: what the storage held, back where the citizen was
    /// when the draft stored as their place still exists.
    pub(crate) fn restored(
        drafts: Vec<Draft>,
        lang: Lang,
        place: Option<Place>,
        storage: Option<StorageProblem>,
    ) -> State {
        let place = place.filter(|p| drafts.iter().any(|d| d.id == p.draft));
        State {
            lang,
            drafts,
            storage,
            view: place.as_ref().map_or(View::Home, |p| p.view),
            current: place.map(|p| p.draft),
            ..State::default()
        }
    }

    /// Where the citizen is, when a draft is open.
    pub(crate) fn place(&self) -> Option<Place> {
        let draft = self.current_draft()?;
        (self.view != View::Home).then(|| Place {
            view: self.view,
            draft: draft.id.clone(),
        })
    }

    /// Once the index of sets is here, gives each draft whose set was chosen
    /// before it arrived (version 0.0.0) the set's version; a set the index
    /// lacks becomes its first set, as an unknown choice would.
    fn resolve_pending_sets(&mut self) {
        let index = catalogue::index(Lang::Az);
        let Some(first) = index.first() else {
            return;
        };
        let zero = semver::Version::new(0, 0, 0);
        for draft in self.drafts.iter_mut().filter(|d| d.set.version == zero) {
            let set = index.iter().find(|s| s.id == draft.set.id).unwrap_or(first);
            draft.set.id = set.id.clone();
            draft.set.version = set.version.clone();
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
            Action::DismissUndo => self.deleted = None,
            Action::SetUrl(url) => self.edit(|d| d.site.url = Some(url)),
            Action::SetName(name) => self.edit(|d| d.site.name = name),
            Action::SetKind(kind) => self.edit(|d| {
                d.site.body_kind = kind;
                let listed = d
                    .site
                    .body
                    .as_deref()
                    .and_then(|b| catalogue::bodies().get(b));
                if listed.is_some_and(|b| b.kind != kind) {
                    d.site.body = None;
                }
            }),
            Action::SetBody(body) => {
                let lang = self.lang;
                self.edit(|d| set_body(d, body, lang));
            }
            Action::SetSet(id) => self.edit(|d| {
                let index = catalogue::index(Lang::Az);
                if let Some(set) = index.iter().find(|s| s.id == id) {
                    d.set.id = set.id.clone();
                    d.set.version = set.version.clone();
                } else if index.is_empty() {
                    // An embedded widget's preset, before the index arrives:
                    // the set is fetched at once, its version resolved on
                    // `Loaded` (see `resolve_pending_sets`).
                    d.set.id = id;
                    d.set.version = semver::Version::new(0, 0, 0);
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
            Action::ObservedOn { criterion, text } => {
                self.answer(criterion, |a| a.observed_on = text)
            }
            Action::SetAssessorName(name) => self.edit(|d| d.assessor.name = Some(name)),
            Action::SetAssessorOrganisation(organisation) => {
                self.edit(|d| d.assessor.organisation = Some(organisation))
            }
            Action::SetRegion(region) => self.edit(|d| d.site.region = Some(region)),
            Action::Import {
                file,
                bytes,
                id,
                today,
            } => match String::from_utf8(bytes) {
                Ok(text) => self.import(file, &text, id, today),
                Err(e) => {
                    let findings = vec![parse::not_utf8(e.as_bytes(), e.utf8_error())];
                    self.import = Some(ImportOutcome::Refused { file, findings });
                }
            },
            Action::ImportNotRead { file, reason } => {
                self.import = Some(ImportOutcome::NotRead { file, reason })
            }
            Action::DismissImport => self.import = None,
            Action::Loaded => {
                self.loaded = self.loaded.wrapping_add(1);
                self.resolve_pending_sets();
                if let Some(w) = self.waiting_import.take() {
                    self.import(w.file, &w.text, w.id, w.today);
                }
            }
            Action::Unavailable(path) => {
                if !self.unavailable.contains(&path) {
                    self.unavailable.push(path.clone());
                }
                if let Some(w) = self.waiting_import.take() {
                    if w.part.path() == path {
                        // Checked without the set: refused as naming an unknown set.
                        let checked =
                            check_text(&w.text, &catalogue::for_check(self.lang), w.today);
                        self.import = Some(ImportOutcome::Refused {
                            file: w.file,
                            findings: checked.findings,
                        });
                    } else {
                        self.waiting_import = Some(w);
                    }
                }
            }
            Action::Retry => self.unavailable.clear(),
            Action::Storage(problem) => self.storage = problem,
            Action::External(theirs) => self.external(*theirs),
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
        let checked = check_text(text, &catalogue::for_check(self.lang), today);
        if let Some(part) = missing_set(&checked.findings, self.lang) {
            self.import = None;
            self.waiting_import = Some(WaitingImport {
                file,
                text: text.to_owned(),
                id,
                today,
                part,
            });
            return;
        }
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
    let bodies = catalogue::bodies();
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
        if was_filled_by_register(draft.site.url.as_deref().unwrap_or(""), |b, _| {
            b.website.clone().unwrap_or_default()
        }) {
            draft.site.url = Some(website.clone());
        }
    }
    draft.site.body = Some(next.id.clone());
    draft.site.body_kind = next.kind;
}

/// The set part an import must wait for: the index, or a set the index
/// lists but that is not loaded yet.
fn missing_set(findings: &[LocatedFinding], lang: Lang) -> Option<Part> {
    let id = findings.iter().find_map(|f| match &f.finding.problem {
        Problem::UnknownCriteriaSet { id, .. } => Some(id),
        _ => None,
    })?;
    let index = catalogue::index(lang);
    if index.is_empty() {
        return Some(Part::Index(lang));
    }
    index
        .iter()
        .any(|s| s.id == *id)
        .then(|| Part::Set(id.clone(), lang))
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
            if let Part::Set(id, _) = &w.part {
                set(id);
            }
        }
        parts
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
