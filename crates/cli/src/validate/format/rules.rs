//! Every code `validate` can report, in the finding's own words: a one-line
//! summary, what it means, an example of what triggers it and how to fix
//! it. The rules of the SARIF output are made from this table, and so is
//! `docs/codes.md` (a test checks that the page is this table, rendered),
//! whose anchors the rules' `helpUri` point to. The semantic codes are the
//! core's (`Problem::code`); the schema codes are `schema-<keyword>`.

/// The severity a code always has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    /// Makes the input invalid.
    Error,
    /// Keeps the input valid unless denied (`--deny-warnings`).
    Warning,
}

impl Level {
    /// The SARIF `level`.
    pub(crate) fn sarif(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
        }
    }
}

/// One code and its words (English, like the codes themselves).
#[derive(Debug)]
pub(crate) struct Rule {
    /// The stable code, e.g. `unanswered-criteria`.
    pub(crate) code: &'static str,
    /// Error or warning.
    pub(crate) level: Level,
    /// One line: what was found.
    pub(crate) short: &'static str,
    /// What it means and why it matters.
    pub(crate) full: &'static str,
    /// What triggers it (an input fragment).
    pub(crate) example: &'static str,
    /// How to fix it.
    pub(crate) fix: &'static str,
}

const fn error(
    code: &'static str,
    short: &'static str,
    full: &'static str,
    example: &'static str,
    fix: &'static str,
) -> Rule {
    Rule {
        code,
        level: Level::Error,
        short,
        full,
        example,
        fix,
    }
}

const fn warning(
    code: &'static str,
    short: &'static str,
    full: &'static str,
    example: &'static str,
    fix: &'static str,
) -> Rule {
    Rule {
        level: Level::Warning,
        ..error(code, short, full, example, fix)
    }
}

/// Every code, in a fixed order (SARIF `ruleIndex` refers to it).
pub(crate) const RULES: &[Rule] = &[
    error(
        "unreadable-input",
        "The input could not be read.",
        "The path names nothing readable: it does not exist, a glob matches no file, it is a symbolic link to nothing, a FIFO or a device, or a directory the walk cannot enter. Nothing was checked there, so the run exits with code 2.",
        "napcheck validate data/assesments/   # a typo: the folder is data/assessments/",
        "Correct the path or the pattern (quote globs so that napcheck expands them), or make the file readable.",
    ),
    error(
        "too-large",
        "The input is larger than --max-size and was not read.",
        "An input larger than `--max-size` bytes (32 MiB by default; a whole JSON Lines file counts as one input) is refused from its size alone, so memory stays bounded whatever is given.",
        "a 40 MB export of every assessment in one JSON Lines file",
        "Split the file (one assessment per file), or raise `--max-size` if the file is legitimately that large.",
    ),
    error(
        "json-syntax",
        "The file is not valid JSON.",
        "The text is not JSON (RFC 8259): a missing comma or bracket, a trailing comma, a single quote, a comment, text that is not UTF-8, a number out of range or nesting deeper than 128 levels. The finding is placed at the first character the parser could not accept.",
        "{\"site\": {\"url\": \"https://example.gov.az\",}}",
        "Fix the syntax at the line and column given (an editor with JSON support shows the same place).",
    ),
    error(
        "duplicate-key",
        "A key appears twice in one object.",
        "JSON readers keep only one of two members with the same key, silently, and not all keep the same one. The finding is at the second occurrence and names the first.",
        "{\"checked_on\": \"2018-05-01\", \"checked_on\": \"2018-06-01\"}",
        "Remove one of the two members, keeping the value you meant.",
    ),
    error(
        "json-shape",
        "The JSON does not have the shape of an assessment.",
        "The typed reading of the assessment failed where the schema did not say why (the schema usually does, with a `schema-*` code).",
        "an answer whose observation cannot be read as any observation type",
        "Compare the document with `napcheck schema assessment` at the pointer given.",
    ),
    error(
        "schema-required",
        "A required field is missing.",
        "The assessment schema requires this field and the object lacks it.",
        "{\"criteria_set\": {...}, \"site\": {...}, \"answers\": []}   # no checked_on",
        "Add the field named in the message.",
    ),
    error(
        "schema-additional-properties",
        "A field that the assessment format does not have.",
        "The object has a member the schema does not define; often a misspelt field name, whose value would otherwise be ignored.",
        "\"site\": {\"url\": \"https://example.gov.az\", \"colour\": \"blue\"}",
        "Remove the field, or correct its spelling to the name the schema defines.",
    ),
    error(
        "schema-type",
        "A value of the wrong JSON type.",
        "The value is not of the JSON type the schema expects there (a string where a boolean belongs, a number in quotes).",
        "\"observation\": {\"type\": \"yes_no\", \"value\": \"yes\"}",
        "Write the value with the expected type, e.g. `true` instead of `\"yes\"`.",
    ),
    error(
        "schema-format",
        "A string that is not of its format (date, URL).",
        "Dates are written YYYY-MM-DD and links are absolute URIs; the string does not follow its format.",
        "\"checked_on\": \"01.05.2018\"",
        "Rewrite the value in the format named, e.g. `2018-05-01`.",
    ),
    error(
        "schema-min-length",
        "A text that is too short (empty).",
        "The field may not be empty.",
        "\"site\": {\"name\": \"\"}",
        "Fill in the text.",
    ),
    error(
        "schema-max-length",
        "A text that is too long.",
        "The text is longer than the schema allows.",
        "a site name of 600 characters",
        "Shorten the text.",
    ),
    error(
        "schema-minimum",
        "A number below the allowed range.",
        "The number is smaller than the schema allows (a negative count or score).",
        "\"observation\": {\"type\": \"count\", \"value\": -1}",
        "Give a number within the range.",
    ),
    error(
        "schema-maximum",
        "A number above the allowed range.",
        "The number is larger than the schema allows (a score above 100).",
        "\"result\": {\"overall\": 120}",
        "Give a number within the range.",
    ),
    error(
        "schema-pattern",
        "A string that does not match its pattern (a version).",
        "The string does not match the pattern the schema gives, e.g. a criteria set version that is not MAJOR.MINOR.",
        "\"criteria_set\": {\"id\": \"az-nap-2016-2018\", \"version\": \"v1\"}",
        "Write the value as the pattern requires, e.g. `1.0`.",
    ),
    error(
        "schema-const",
        "A value other than the constant allowed.",
        "The schema allows one value here (usually an observation's `type` in one of its forms).",
        "\"observation\": {\"type\": \"yesno\", \"value\": true}",
        "Write the constant named in the message.",
    ),
    error(
        "schema-enum",
        "A value that is not among those allowed.",
        "The value is not one of the values the schema lists (a kind of body, a language).",
        "\"language\": \"english\"",
        "Use one of the values listed in the message, e.g. `en`.",
    ),
    error(
        "schema-one-of",
        "A value that fits none of the allowed forms.",
        "The value must take exactly one of several forms (an observation of one type) and fits none; the message names the form it seems to mean and what is wrong with it.",
        "\"observation\": {\"type\": \"count\", \"value\": \"three\"}",
        "Correct the value to the form named in the message.",
    ),
    error(
        "schema-any-of",
        "A value that fits none of the allowed forms.",
        "The value must take at least one of several forms and fits none.",
        "\"result\": {\"overall\": \"high\"}",
        "Correct the value to one of the allowed forms.",
    ),
    error(
        "unknown-criteria-set",
        "The assessment names a criteria set that is not known.",
        "The `criteria_set.id` is neither a bundled set (`napcheck criteria list`) nor one given with `--criteria`, so no answer can be checked or scored.",
        "\"criteria_set\": {\"id\": \"az-nap-2016\", \"version\": \"1.0\"}",
        "Correct the id to a known set, or pass the custom set with `--criteria FILE`.",
    ),
    error(
        "unsupported-criteria-version",
        "The assessment names a version of the set that is not supported.",
        "The set is known but not in this version: a newer major version, or a minor version newer than the one bundled.",
        "\"criteria_set\": {\"id\": \"az-nap-2016-2018\", \"version\": \"9.0\"}",
        "Use the version the message names, or update napcheck.",
    ),
    error(
        "unknown-criterion",
        "An answer names a criterion the set does not have.",
        "The answer's `criterion` is not an id of the criteria set, so it cannot be scored.",
        "{\"criterion\": \"2.4.news.last_updte\", \"observation\": {...}}",
        "Correct the id (`napcheck criteria show SET` lists them) or remove the answer.",
    ),
    error(
        "criterion-not-applicable",
        "An answer rates a criterion that does not apply to this kind of body.",
        "The criterion applies to other kinds of body (or other bodies) than the site's; rating it would count it where it does not belong.",
        "a local executive body's assessment rating a criterion for central bodies only",
        "Remove the answer, record it as `{\"type\": \"not_applicable\"}`, or correct the site's `body_kind`.",
    ),
    warning(
        "criterion-no-longer-asked",
        "An assessment made on an older version of its set answers a criterion that the current version no longer asks of this kind of body.",
        "A newer minor version of the set narrowed whom the criterion applies to. The file was made on the older version, so the answer is kept but left out of the score, exactly as `napcheck migrate` leaves it out when it moves the file to the current version.",
        "a 1.0.0 assessment of a local executive body answering `5.5.financial_report`, which 1.1.0 asks of the named ministries only",
        "Run `napcheck migrate FILE --to SET` to move the file to the current version (the answer is kept in `migration.not_migrated`), or leave it: it is not scored.",
    ),
    error(
        "wrong-observation-type",
        "The observation's type is not the criterion's.",
        "Each criterion is observed one way (yes/no, a choice, a count, a date, links); the answer gives another type.",
        "a yes/no criterion answered with {\"type\": \"count\", \"value\": 3}",
        "Answer with the type named in the message, or `not_assessable`.",
    ),
    error(
        "unknown-option",
        "An option that the criterion does not list.",
        "A choice answer names an option the criterion does not offer.",
        "{\"type\": \"choice\", \"value\": \"sometimes\"}",
        "Use one of the options listed in the message.",
    ),
    error(
        "repeated-option",
        "The same option ticked twice.",
        "A multiple-choice answer lists one option more than once.",
        "{\"type\": \"choices\", \"value\": [\"pdf\", \"pdf\"]}",
        "Remove the repeated option.",
    ),
    error(
        "count-above-maximum",
        "A count larger than the criterion allows.",
        "The criterion counts something with an upper bound, and the count exceeds it.",
        "{\"type\": \"count\", \"value\": 12} for a criterion counting at most 10",
        "Recount, or give the maximum.",
    ),
    error(
        "duplicate-criterion",
        "Two answers for one criterion.",
        "A criterion is answered twice; only the first answer is scored. The message names the first.",
        "two answers with \"criterion\": \"1.1.contacts.phone\"",
        "Keep one of the answers.",
    ),
    error(
        "not-http-url",
        "A link that is not an http(s) URL.",
        "Links (the site, evidence, observed links) must be http or https URLs that a reader can open.",
        "\"evidence\": [\"javascript:alert(1)\"]",
        "Give the full http(s) address of the page.",
    ),
    error(
        "date-in-future",
        "A date after today.",
        "A date of the check or of an observation lies after today (`--today`, by default the UTC date).",
        "\"checked_on\": \"2031-01-01\"",
        "Correct the date (often a swapped month and day).",
    ),
    error(
        "date-before-plan",
        "A date before the action plan began.",
        "A date of the check or an observation lies before the first day of the action plan the criteria set follows.",
        "\"checked_on\": \"2015-03-01\" for the 2016-2018 plan",
        "Correct the date, or use the criteria set of the plan that was in force.",
    ),
    warning(
        "date-after-check",
        "A date after the day of the check.",
        "An observation is dated after the assessment's `checked_on`; possible when the site was seen again later, but usually a typo.",
        "\"checked_on\": \"2018-05-01\" and \"observed_on\": \"2018-06-01\"",
        "Correct the date, or move `checked_on` to the last day of the check.",
    ),
    error(
        "unknown-body",
        "The site names a body the register does not have.",
        "The site's `body` is not an id of the bundled register of bodies (`napcheck schema bodies` describes it).",
        "\"site\": {\"body\": \"ministry-of-nothing\"}",
        "Correct the id, or leave `body` out.",
    ),
    error(
        "body-kind-mismatch",
        "The site's kind of body is not the registered body's kind.",
        "The register gives the body another kind than the assessment's `body_kind`; the criteria that apply depend on it.",
        "\"site\": {\"body\": \"<a ministry>\", \"body_kind\": \"local_executive\"}",
        "Use the kind the register gives (named in the message).",
    ),
    error(
        "result-mismatch",
        "A declared score that differs from the recomputed one.",
        "The assessment declares a result that napcheck's scoring of its own answers does not reproduce (by more than 0.05).",
        "\"result\": {\"overall\": 80} where the answers give 62.5",
        "Remove the `result` (napcheck computes it) or recompute it with `napcheck score`.",
    ),
    error(
        "text-length",
        "A text shorter or longer than its field allows.",
        "A name is empty, or a text is longer than its field allows (names 500 characters, notes 10,000, links 2,000).",
        "a note of 20,000 characters",
        "Shorten the text, or link to the evidence instead of quoting it.",
    ),
    warning(
        "unanswered-criteria",
        "Applicable criteria without an answer.",
        "Criteria that apply to the site have no answer. One finding per assessment lists all of them (the JSON and SARIF outputs keep the list in `criteria`); they are reported as unanswered, never scored.",
        "an assessment of a local executive body that answers 40 of its 70 applicable criteria",
        "Answer them, or record `{\"type\": \"not_assessable\"}` where the site could not be assessed. Deny this warning in CI with `--deny-warnings=unanswered-criteria`.",
    ),
    warning(
        "irrelevant-answer",
        "An answer to a follow-up question that another answer rules out.",
        "The criterion's `relevant_when` condition does not hold given the other answers (for example council meetings when there is no council): the answer is neither asked for nor scored.",
        "`4.2.1.meetings` answered while `4.2.1.council_exists` is `no`",
        "Remove the answer, or correct the answer its condition names.",
    ),
    warning(
        "suggested-answer",
        "An answer suggested by a program and not confirmed by the citizen.",
        "The answer carries `suggested_by` (for example drafted by `napcheck probe`): it is reported as unanswered and never scored until a person confirms it.",
        "\"suggested_by\": \"probe\" on an answer of a probe draft",
        "Confirm or change the answer in the widget (which removes the marker), or remove `suggested_by` once a person has checked it. Deny it in CI with `--deny-warnings=suggested-answer`.",
    ),
    error(
        "reply-unknown-body",
        "A reply names a body that is neither in the register nor a website's host.",
        "A body's reply (`*.reply.json`) names the body by its register id or by its website's host, as `napcheck report` names bodies; this one is neither.",
        "\"body\": \"Baku city\"",
        "Give the register id (`baku-city-executive`) or the site's host (`example.gov.az`).",
    ),
    error(
        "reply-unknown-rating",
        "A reply contests a rating the criteria set cannot give.",
        "`contested` must be a level of the set's scale (for example `full`, `significant`, `none`), `not_applicable` or `not_assessable`.",
        "\"contested\": \"excellent\"",
        "Write the rating as the report shows it, by its id (`napcheck criteria show SET`).",
    ),
    error(
        "reply-decision-missing",
        "A decided reply has no reviewer's decision.",
        "A reply whose status is `upheld`, `corrected` or `rejected` must say who decided, when and why (`decision.reason`, `decision.decided_on`), so that the report can show the reason beside the rating.",
        "\"status\": \"corrected\" without `decision`",
        "Add `decision` with `reason` and `decided_on`, or set the status back to `open`.",
    ),
    error(
        "reply-not-rated",
        "A reply answers a rating the dataset does not give.",
        "`napcheck report` found no rating of the body on the criterion in the reply's round (no assessment of the body, or no consensus on the criterion); the reply is left out and the report exits 1.",
        "a reply about `2.4.search` for a body nobody rated on it",
        "Check the reply's `body` (register id or host, as the report names it), `criterion` and `criteria_set`.",
    ),
    warning(
        "reply-contests-other-rating",
        "A reply contests a rating other than the one the report gives.",
        "`napcheck report` compared the reply's `contested` with the rating the body's consensus gives on the criterion and they differ (a mistaken `contested`, or the consensus changed since the reply was made). The reply stays listed in the report beside the rating actually given, marked as contesting another; a corrected reply still applies. Found beside the dataset only, never by `validate`, which checks each file alone.",
        "\"contested\": \"full\" where the consensus rating is `none`",
        "Write in `contested` the rating the report shows for the body and criterion.",
    ),
    error(
        "reply-other-round",
        "A reply names a round the report does not cover.",
        "The reply's `round` is not the name of the round the report is of (its `round.json` manifest's `round`) or, with `--rounds`, of any round compared. The reply is not applied, left out, and the report exits 1. A reply without `round` applies to the newest round.",
        "\"round\": \"2025\" in a folder whose `round.json` names `2026`",
        "Correct the reply's `round`, or move the reply to its round's folder.",
    ),
    error(
        "round-period-reversed",
        "A round's comment period ends before it begins.",
        "A round's manifest (`round.json` at the root of the round's folder) gives the comment period `napcheck report` reads: from `from`, the day the provisional report is published, to `until`, the last day bodies may reply. Its `until` is before its `from`, so the report could never say whether it is provisional or final; `report` refuses the round.",
        "\"comment_period\": { \"from\": \"2026-12-31\", \"until\": \"2026-12-01\" }",
        "Swap or correct the dates (`napcheck schema round` describes the file).",
    ),
    error(
        "crosswalk-unknown-criterion",
        "A crosswalk names a criterion its set does not have.",
        "A mapping's `from` (older set) or `to` (newer set) criterion does not exist in that set's version.",
        "\"from\": \"4.2.9.typo\"",
        "Use an id the set has (`napcheck criteria show SET`).",
    ),
    error(
        "crosswalk-unknown-option",
        "A crosswalk maps an answer the criterion cannot take.",
        "An `options` conversion names an option that the source or target criterion does not have.",
        "\"map\": {\"menu\": \"maybe\"} for a yes/no criterion",
        "Map only the options the criteria define (the message lists them).",
    ),
    error(
        "crosswalk-conversion-mismatch",
        "A conversion that cannot turn one observation type into the other.",
        "`copy` needs the same observation type on both sides, `options` a yes/no or choice on both, `at_least` a count or list into a yes/no.",
        "\"convert\": {\"type\": \"copy\"} from a count to a yes/no",
        "Choose the conversion that fits both criteria's types.",
    ),
    error(
        "crosswalk-relation-mismatch",
        "A relation that does not fit its counterparts.",
        "`none` must have no counterparts; `same`, `narrower` and `broader` need at least one.",
        "\"relation\": \"same\", \"to\": []",
        "Add the counterparts, or use `none` with a reason.",
    ),
    error(
        "crosswalk-missing-reason",
        "A criterion without a counterpart and without a reason.",
        "A mapping with relation `none` must say, in az, en and ru, why the newer set has no counterpart, so that no answer is dropped silently.",
        "\"relation\": \"none\" without `reason`",
        "Add `reason` with a text in each language.",
    ),
    error(
        "crosswalk-unmapped-criterion",
        "A criterion of the older set that the crosswalk does not map.",
        "Every criterion of the older set must appear once, with counterparts or with `none` and a reason.",
        "a crosswalk without a mapping for `2.4.mobile`",
        "Add a mapping for it.",
    ),
    error(
        "crosswalk-duplicate-mapping",
        "A criterion mapped twice.",
        "Two mappings have the same `from`; a migration would not know which to apply.",
        "two mappings with \"from\": \"5.6.section\"",
        "Merge them into one mapping with several counterparts.",
    ),
];

/// The rule of `code`, if it is known.
pub(crate) fn rule(code: &str) -> Option<(usize, &'static Rule)> {
    RULES.iter().enumerate().find(|(_, r)| r.code == code)
}

/// The rule's `name`: the code in PascalCase (`UnansweredCriteria`).
pub(crate) fn name(code: &str) -> String {
    code.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// The page of every code: `docs/codes.md`, exactly.
#[cfg(test)]
pub(crate) fn codes_page() -> String {
    let mut page = String::from(
        "# The codes of `napcheck validate`\n\n\
         <!-- Generated from crates/cli/src/validate/format/rules.rs; a test checks it. -->\n\n\
         Every finding has a stable code. Errors make an input invalid (exit code 1;\n\
         `unreadable-input` exit code 2); warnings keep it valid unless denied with\n\
         `--deny-warnings` (every warning) or `--deny-warnings=CODE,...` (those codes).\n\
         The SARIF output links each rule here (`helpUri`).\n",
    );
    for rule in RULES {
        let level = match rule.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        page.push_str(&format!(
            "\n## {code}\n\n**{short}** ({level})\n\n{full}\n\nExample:\n\n```\n{example}\n```\n\nHow to fix it: {fix}\n",
            code = rule.code,
            short = rule.short,
            full = rule.full,
            example = rule.example,
            fix = rule.fix,
        ));
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `docs/codes.md` is the table rendered;
    /// `NAPCHECK_OVERWRITE=1 cargo test -p napcheck-cli codes_page` rewrites it.
    #[test]
    fn codes_page_is_the_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/codes.md");
        let page = codes_page();
        if std::env::var_os("NAPCHECK_OVERWRITE").is_some() {
            std::fs::write(path, &page).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == page,
            "docs/codes.md is not the rules table; rerun with NAPCHECK_OVERWRITE=1"
        );
    }

    #[test]
    fn every_assessment_code_of_the_core_has_a_rule() {
        let core = napcheck_core::Problem::ASSESSMENT_CODES;
        for code in core.iter().chain(&napcheck_core::Problem::INPUT_CODES) {
            assert!(rule(code).is_some(), "{code}");
        }
    }

    #[test]
    fn every_reply_code_of_the_core_has_a_rule() {
        for code in napcheck_core::Problem::REPLY_CODES {
            assert!(rule(code).is_some(), "{code}");
        }
    }

    #[test]
    fn every_round_code_of_the_core_has_a_rule() {
        for code in napcheck_core::Problem::ROUND_CODES {
            assert!(rule(code).is_some(), "{code}");
        }
    }

    #[test]
    fn names_are_pascal_case_and_differ_from_ids() {
        assert_eq!(name("unanswered-criteria"), "UnansweredCriteria");
        for rule in RULES {
            assert_ne!(name(rule.code), rule.code);
        }
    }
}
