//! Every code `validate` can report, with a one-line description: the rules
//! of the SARIF output. The semantic codes are the core's
//! (`Problem::code`); the schema codes are `schema-<keyword>`.

/// Code and description, in a fixed order (SARIF `ruleIndex` refers to it).
pub(crate) const RULES: &[(&str, &str)] = &[
    (
        "unreadable-input",
        "The input could not be read (missing, unreadable or not UTF-8).",
    ),
    (
        "too-large",
        "The input is larger than --max-size and was not read.",
    ),
    ("json-syntax", "The file is not valid JSON (or not UTF-8)."),
    (
        "duplicate-key",
        "A key repeated in one object (a JSON reader would keep only one).",
    ),
    (
        "json-shape",
        "The JSON does not have the shape of an assessment.",
    ),
    ("schema-required", "A required field is missing."),
    (
        "schema-additional-properties",
        "A field that the assessment format does not have.",
    ),
    ("schema-type", "A value of the wrong JSON type."),
    (
        "schema-format",
        "A string that is not of its format (date, URL).",
    ),
    ("schema-min-length", "A text that is too short (empty)."),
    ("schema-max-length", "A text that is too long."),
    ("schema-minimum", "A number below the allowed range."),
    ("schema-maximum", "A number above the allowed range."),
    (
        "schema-pattern",
        "A string that does not match its pattern (a version).",
    ),
    ("schema-const", "A value other than the constant allowed."),
    ("schema-enum", "A value that is not among those allowed."),
    (
        "schema-one-of",
        "A value that fits none of the allowed forms.",
    ),
    (
        "schema-any-of",
        "A value that fits none of the allowed forms.",
    ),
    (
        "unknown-criteria-set",
        "The assessment names a criteria set that is not known.",
    ),
    (
        "unsupported-criteria-version",
        "The assessment names a version of the set that is not supported.",
    ),
    (
        "unknown-criterion",
        "An answer names a criterion the set does not have.",
    ),
    (
        "criterion-not-applicable",
        "An answer rates a criterion that does not apply to this kind of body.",
    ),
    (
        "wrong-observation-type",
        "The observation's type is not the criterion's.",
    ),
    (
        "unknown-option",
        "An option that the criterion does not list.",
    ),
    ("repeated-option", "The same option ticked twice."),
    (
        "count-above-maximum",
        "A count larger than the criterion allows.",
    ),
    ("duplicate-criterion", "Two answers for one criterion."),
    ("not-http-url", "A link that is not an http(s) URL."),
    ("date-in-future", "A date after today."),
    ("date-before-plan", "A date before the action plan began."),
    ("date-after-check", "A date after the day of the check."),
    (
        "unknown-body",
        "The site names a body the register does not have.",
    ),
    (
        "body-kind-mismatch",
        "The site's kind of body is not the registered body's kind.",
    ),
    (
        "result-mismatch",
        "A declared score that differs from the recomputed one.",
    ),
    (
        "unanswered-criterion",
        "An applicable criterion has no answer.",
    ),
];

/// The rules of one log: the known ones, then any code met that is not
/// known (a newer core may add codes), in order of appearance.
#[derive(Debug, Default)]
pub(crate) struct Rules {
    extra: Vec<String>,
}

impl Rules {
    /// The index of `code`, adding it when it is new.
    pub(crate) fn index(&mut self, code: &str) -> usize {
        if let Some(i) = RULES.iter().position(|(c, _)| *c == code) {
            return i;
        }
        let i = match self.extra.iter().position(|c| c == code) {
            Some(i) => i,
            None => {
                self.extra.push(code.to_owned());
                self.extra.len() - 1
            }
        };
        RULES.len() + i
    }

    /// Every rule, as (code, description).
    pub(crate) fn all(&self) -> impl Iterator<Item = (&str, &str)> {
        RULES.iter().copied().chain(
            self.extra
                .iter()
                .map(|c| (c.as_str(), "See the message of each result.")),
        )
    }
}
