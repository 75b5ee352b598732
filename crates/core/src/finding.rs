//! Findings: what a check says about a document, as data. A finding has a
//! stable code, a severity, a JSON pointer into the document, a problem
//! with its parameters and, when it concerns an answer, that answer's
//! criterion; its message is rendered in az, en or ru on demand, located
//! (`messages`) or in a citizen's words (`citizen`). Checks return findings
//! and never panic.

use serde::{Serialize, Serializer};
use std::fmt;

/// How serious a finding is. Errors make a document invalid; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document is invalid.
    Error,
    /// Worth a look; the document stays valid.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A problem found in an assessment or a criteria set, with what a reader
/// needs to fix it. Each variant has one stable code (see [`Problem::code`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The text is not JSON.
    JsonSyntax {
        /// serde_json's description (English).
        detail: String,
    },
    /// An object has two members with the same key; a JSON reader would
    /// silently keep only one of them.
    DuplicateKey {
        /// The key.
        key: String,
        /// Where the key first appears.
        first: crate::pointer::Position,
    },
    /// The JSON does not have the shape of the document (a missing field, a
    /// wrong type, an unknown field).
    JsonShape {
        /// serde's description (English).
        detail: String,
    },
    /// The assessment names a criteria set that is not known.
    UnknownCriteriaSet {
        /// The id given.
        id: String,
        /// The ids that are known.
        known: Vec<String>,
    },
    /// The assessment names a version of the set that is not supported.
    UnsupportedCriteriaVersion {
        /// The set's id.
        id: String,
        /// The version given.
        version: String,
        /// The version known.
        supported: String,
    },
    /// An answer names a criterion the set does not have.
    UnknownCriterion {
        /// The id given.
        id: String,
    },
    /// An answer rates a criterion that does not apply to this kind of body.
    CriterionNotApplicable {
        /// The criterion.
        id: String,
        /// The site's kind of body.
        body_kind: String,
    },
    /// The observation's type is not the criterion's.
    WrongObservationType {
        /// The criterion.
        id: String,
        /// The criterion's observation type.
        expected: String,
        /// The type found.
        found: String,
    },
    /// An option that the criterion does not list.
    UnknownOption {
        /// The criterion.
        id: String,
        /// The option given.
        option: String,
        /// The options listed.
        allowed: Vec<String>,
    },
    /// The same option ticked twice.
    RepeatedOption {
        /// The option.
        option: String,
    },
    /// A count larger than the criterion allows.
    CountAboveMaximum {
        /// The count given.
        value: u64,
        /// The largest allowed.
        max: u64,
    },
    /// Two answers for one criterion.
    DuplicateCriterion {
        /// The criterion.
        id: String,
        /// The index of the first answer.
        first: usize,
    },
    /// A link that is not an http(s) URL.
    NotHttpUrl {
        /// The link given.
        url: String,
    },
    /// A date after today.
    DateInFuture {
        /// The date given.
        date: String,
        /// Today.
        today: String,
    },
    /// A date before the action plan began.
    DateBeforePlan {
        /// The date given.
        date: String,
        /// The plan's first day.
        start: String,
    },
    /// A date after the day of the check.
    DateAfterCheck {
        /// The date given.
        date: String,
        /// The day of the check.
        checked_on: String,
    },
    /// The site names a body the register does not have.
    UnknownBody {
        /// The id given.
        id: String,
    },
    /// The site's kind of body is not the registered body's kind.
    BodyKindMismatch {
        /// The body.
        id: String,
        /// The kind in the register.
        registered: String,
        /// The kind given.
        declared: String,
    },
    /// A declared score that differs from the recomputed one.
    ResultMismatch {
        /// `overall` or the commitment's id.
        subject: String,
        /// The declared score, if any.
        declared: Option<f64>,
        /// The recomputed score, if any.
        computed: Option<f64>,
    },
    /// A text shorter or longer than its field allows.
    TextLength {
        /// Its length in characters.
        length: usize,
        /// The least allowed.
        min: usize,
        /// The most allowed.
        max: usize,
    },
    /// Relevant criteria without an answer ([`crate::relevance`]), all of
    /// them in one finding (in the set's order).
    UnansweredCriteria {
        /// The criteria.
        ids: Vec<String>,
    },
    /// An answer to a criterion that the other answers make irrelevant (a
    /// follow-up whose condition is not met); it is neither scored nor asked.
    IrrelevantAnswer {
        /// The criterion.
        id: String,
        /// The criteria its condition names, whose answers rule it out.
        because: Vec<String>,
    },
    /// A text typed into a count field that is not a whole number of 0 or
    /// more (`-5`, `3.7`, `1e3`). Only a field check gives it
    /// ([`crate::read_count`]); in a document the schema refuses such counts.
    NotAWholeNumber {
        /// The text typed.
        text: String,
    },
    /// An answer only suggested (`suggested_by`, e.g. by `napcheck probe`)
    /// and not confirmed by the citizen: it is not scored.
    SuggestedAnswer {
        /// The criterion.
        id: String,
    },
    /// A reply names a body that is neither in the register nor a
    /// website's host.
    ReplyUnknownBody {
        /// The body given.
        id: String,
    },
    /// A reply contests a rating the set cannot give.
    ReplyUnknownRating {
        /// The rating given.
        rating: String,
        /// The ratings the set can give.
        ratings: Vec<String>,
    },
    /// A reply is decided (upheld, corrected or rejected) without the
    /// reviewer's decision and reason.
    ReplyDecisionMissing {
        /// The status given.
        status: String,
    },
    /// A reply answers a rating the dataset does not give: the body was not
    /// rated on the criterion in that round.
    ReplyNotRated {
        /// The body.
        body: String,
        /// The criterion.
        criterion: String,
    },
    /// A criteria set defines an id twice.
    SetDuplicateId {
        /// What kind of thing (criterion, commitment, level, option).
        what: &'static str,
        /// The id.
        id: String,
    },
    /// A criteria set refers to something it does not define.
    SetUnknownReference {
        /// What kind of thing (commitment, level, option, body).
        what: &'static str,
        /// The id.
        id: String,
    },
    /// A rule that does not fit its criterion's observation type.
    SetRuleMismatch {
        /// The rule type.
        rule: String,
        /// The observation type.
        observation: String,
    },
    /// A choice option the rule gives no level to.
    SetUnmappedOption {
        /// The option.
        option: String,
    },
    /// Thresholds not in the order they are tried.
    SetThresholdOrder,
    /// A criterion id that an earlier version retired.
    SetRetiredIdReused {
        /// The id.
        id: String,
    },
    /// A text with a blank translation.
    SetBlankText,
    /// A commitment with no criteria.
    SetEmptyCommitment {
        /// The commitment.
        id: String,
    },
    /// A period that ends before it starts.
    SetPeriodReversed,
    /// A relevance condition that cannot be decided by its criterion's
    /// observation type (`answer_in` on a count, `at_least` on a date...).
    SetConditionMismatch {
        /// `answer_in` or `at_least`.
        condition: &'static str,
        /// The observation type of the criterion the condition names.
        observation: String,
    },
    /// Relevance conditions that depend on themselves, through a chain.
    SetRelevanceCycle {
        /// A criterion on the cycle.
        id: String,
    },
    /// A crosswalk names a criterion its set does not have.
    CrosswalkUnknownCriterion {
        /// The id given.
        id: String,
        /// The set it was looked up in.
        set: String,
    },
    /// A crosswalk's conversion names an answer the criterion cannot take.
    CrosswalkUnknownOption {
        /// The criterion.
        id: String,
        /// The answer given.
        option: String,
        /// The answers the criterion can take.
        allowed: Vec<String>,
    },
    /// A conversion that cannot turn the older observation type into the
    /// newer one.
    CrosswalkConversionMismatch {
        /// The conversion (`copy`, `options`, `at_least`).
        conversion: &'static str,
        /// The older criterion's observation type.
        from: String,
        /// The newer criterion's observation type.
        to: String,
    },
    /// A mapping whose relation does not fit its counterparts: `none` with
    /// counterparts, or another relation without any.
    CrosswalkRelationMismatch {
        /// The relation.
        relation: &'static str,
    },
    /// A mapping with relation `none` that does not say why.
    CrosswalkMissingReason,
    /// A criterion of the older set that no mapping lists.
    CrosswalkUnmappedCriterion {
        /// The criterion.
        id: String,
    },
    /// Two mappings for one criterion of the older set.
    CrosswalkDuplicateMapping {
        /// The criterion.
        id: String,
    },
}

impl Problem {
    /// Every code a check of an assessment can give.
    pub const ASSESSMENT_CODES: [&'static str; 23] = [
        "json-syntax",
        "duplicate-key",
        "json-shape",
        "unknown-criteria-set",
        "unsupported-criteria-version",
        "unknown-criterion",
        "criterion-not-applicable",
        "wrong-observation-type",
        "unknown-option",
        "repeated-option",
        "count-above-maximum",
        "duplicate-criterion",
        "not-http-url",
        "date-in-future",
        "date-before-plan",
        "date-after-check",
        "unknown-body",
        "body-kind-mismatch",
        "result-mismatch",
        "text-length",
        "unanswered-criteria",
        "irrelevant-answer",
        "suggested-answer",
    ];

    /// The codes only the check of one field as it is typed can give
    /// ([`crate::read_count`]), never the check of a document.
    pub const FIELD_CODES: [&'static str; 1] = ["not-a-whole-number"];

    /// Every code a check of a criteria set can give (besides `json-*` and
    /// `duplicate-key`).
    pub const SET_CODES: [&'static str; 11] = [
        "set-duplicate-id",
        "set-unknown-reference",
        "set-rule-mismatch",
        "set-unmapped-option",
        "set-threshold-order",
        "set-retired-id-reused",
        "set-blank-text",
        "set-empty-commitment",
        "set-period-reversed",
        "set-condition-mismatch",
        "set-relevance-cycle",
    ];

    /// The codes of a reply's own checks (a reply also gets the
    /// assessment's `json-*`, `duplicate-key`, `unknown-criteria-set`,
    /// `unsupported-criteria-version`, `unknown-criterion`, observation,
    /// link and date codes); `reply-not-rated` is found beside the dataset,
    /// by `napcheck report`.
    pub const REPLY_CODES: [&'static str; 4] = [
        "reply-unknown-body",
        "reply-unknown-rating",
        "reply-decision-missing",
        "reply-not-rated",
    ];

    /// Every code a check of a crosswalk can give (besides `json-*`,
    /// `duplicate-key`, `unknown-criteria-set`,
    /// `unsupported-criteria-version` and `set-blank-text`).
    pub const CROSSWALK_CODES: [&'static str; 7] = [
        "crosswalk-unknown-criterion",
        "crosswalk-unknown-option",
        "crosswalk-conversion-mismatch",
        "crosswalk-relation-mismatch",
        "crosswalk-missing-reason",
        "crosswalk-unmapped-criterion",
        "crosswalk-duplicate-mapping",
    ];

    /// The stable code, e.g. `unknown-criterion`. Codes are never reused for
    /// another meaning; tools and people may match on them.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::JsonSyntax { .. } => "json-syntax",
            Problem::DuplicateKey { .. } => "duplicate-key",
            Problem::JsonShape { .. } => "json-shape",
            Problem::UnknownCriteriaSet { .. } => "unknown-criteria-set",
            Problem::UnsupportedCriteriaVersion { .. } => "unsupported-criteria-version",
            Problem::UnknownCriterion { .. } => "unknown-criterion",
            Problem::CriterionNotApplicable { .. } => "criterion-not-applicable",
            Problem::WrongObservationType { .. } => "wrong-observation-type",
            Problem::UnknownOption { .. } => "unknown-option",
            Problem::RepeatedOption { .. } => "repeated-option",
            Problem::CountAboveMaximum { .. } => "count-above-maximum",
            Problem::DuplicateCriterion { .. } => "duplicate-criterion",
            Problem::NotHttpUrl { .. } => "not-http-url",
            Problem::DateInFuture { .. } => "date-in-future",
            Problem::DateBeforePlan { .. } => "date-before-plan",
            Problem::DateAfterCheck { .. } => "date-after-check",
            Problem::UnknownBody { .. } => "unknown-body",
            Problem::BodyKindMismatch { .. } => "body-kind-mismatch",
            Problem::ResultMismatch { .. } => "result-mismatch",
            Problem::TextLength { .. } => "text-length",
            Problem::UnansweredCriteria { .. } => "unanswered-criteria",
            Problem::IrrelevantAnswer { .. } => "irrelevant-answer",
            Problem::NotAWholeNumber { .. } => "not-a-whole-number",
            Problem::SuggestedAnswer { .. } => "suggested-answer",
            Problem::ReplyUnknownBody { .. } => "reply-unknown-body",
            Problem::ReplyUnknownRating { .. } => "reply-unknown-rating",
            Problem::ReplyDecisionMissing { .. } => "reply-decision-missing",
            Problem::ReplyNotRated { .. } => "reply-not-rated",
            Problem::SetDuplicateId { .. } => "set-duplicate-id",
            Problem::SetUnknownReference { .. } => "set-unknown-reference",
            Problem::SetRuleMismatch { .. } => "set-rule-mismatch",
            Problem::SetUnmappedOption { .. } => "set-unmapped-option",
            Problem::SetThresholdOrder => "set-threshold-order",
            Problem::SetRetiredIdReused { .. } => "set-retired-id-reused",
            Problem::SetBlankText => "set-blank-text",
            Problem::SetEmptyCommitment { .. } => "set-empty-commitment",
            Problem::SetPeriodReversed => "set-period-reversed",
            Problem::SetConditionMismatch { .. } => "set-condition-mismatch",
            Problem::SetRelevanceCycle { .. } => "set-relevance-cycle",
            Problem::CrosswalkUnknownCriterion { .. } => "crosswalk-unknown-criterion",
            Problem::CrosswalkUnknownOption { .. } => "crosswalk-unknown-option",
            Problem::CrosswalkConversionMismatch { .. } => "crosswalk-conversion-mismatch",
            Problem::CrosswalkRelationMismatch { .. } => "crosswalk-relation-mismatch",
            Problem::CrosswalkMissingReason => "crosswalk-missing-reason",
            Problem::CrosswalkUnmappedCriterion { .. } => "crosswalk-unmapped-criterion",
            Problem::CrosswalkDuplicateMapping { .. } => "crosswalk-duplicate-mapping",
        }
    }

    /// How serious it is.
    pub fn severity(&self) -> Severity {
        match self {
            Problem::DateAfterCheck { .. }
            | Problem::UnansweredCriteria { .. }
            | Problem::IrrelevantAnswer { .. }
            | Problem::SuggestedAnswer { .. }
            | Problem::SetEmptyCommitment { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// A problem at a place in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Where: an RFC 6901 JSON pointer (`""` is the whole document).
    pub pointer: String,
    /// What.
    pub problem: Problem,
    /// The criterion whose answer it concerns, when it concerns one: the
    /// question a citizen's message names ([`Finding::citizen_message`]).
    /// (Boxed: a finding stays small enough to be an `Err`.)
    pub criterion: Option<Box<str>>,
}

impl Finding {
    /// A finding at `pointer`.
    pub fn new(pointer: impl Into<String>, problem: Problem) -> Self {
        Finding {
            pointer: pointer.into(),
            problem,
            criterion: None,
        }
    }

    /// The same finding, about the answer to `criterion`.
    pub fn about(mut self, criterion: impl Into<String>) -> Self {
        self.criterion = Some(criterion.into().into_boxed_str());
        self
    }

    /// The same finding with `prefix` before its pointer (a finding of one
    /// observation placed in its document).
    pub fn under(mut self, prefix: &str) -> Self {
        self.pointer = format!("{prefix}{}", self.pointer);
        self
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }

    /// The severity.
    pub fn severity(&self) -> Severity {
        self.problem.severity()
    }
}

impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Finding", 4)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("severity", &self.severity())?;
        s.serialize_field("pointer", &self.pointer)?;
        s.serialize_field("message", &self.problem.message(crate::Lang::En))?;
        s.end()
    }
}
