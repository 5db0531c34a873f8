//! One step: what to do now, how far along, and (for the helper) the tip.

use super::{Words, common_keys, plain};
use crate::app::{App, path};
use crate::content::{StepKind, messages};
use crate::i18n::FluentArgs;
use crate::interaction::Mode;
use crate::ui::view::{Block, BlockKind, OptionView, View};

pub fn view(app: &App, words: &Words) -> View {
    let (Some(checklist), Some(step), Some(place)) = (app.checklist(), app.step(), app.place())
    else {
        return plain(Vec::new());
    };
    let (current, total) = path::progress(checklist, &place.answers, place.step.unwrap_or(0));
    let mut args = FluentArgs::new();
    args.set("current", current);
    args.set("total", total);
    let mut view = plain(vec![words.text(&messages::checklist(&checklist.id))]);
    view.progress = Some((current, total, words.with("step-progress", &args)));

    let id = messages::step(&checklist.id, &step.id);
    view.blocks
        .push(Block::new(BlockKind::Instruction, words.text(&id)));
    let assisted = app.mode() == Some(Mode::Assisted);
    // In helper mode the helper reads in their own language: the secret warning for them,
    // and the step with its tip in a frame of its own when the languages differ.
    let helper = Words {
        catalog: words.catalog,
        lang: app.helper_language,
    };
    if step.kind == StepKind::Secret {
        view.blocks.push(Block::new(
            BlockKind::Secret,
            words.text("step-secret-citizen"),
        ));
        if assisted {
            view.blocks.push(Block::new(
                BlockKind::Secret,
                helper.text("step-secret-helper"),
            ));
        }
    }
    if assisted {
        view.blocks.extend(helper_pane(app, words, &helper, &id));
    }
    if let Some(back_to) = app.return_checklist() {
        let mut args = FluentArgs::new();
        args.set(
            "checklist",
            words.text(&messages::checklist(&back_to.id)).value,
        );
        view.blocks.push(Block::new(
            BlockKind::Note,
            words.with("step-return", &args),
        ));
    }

    let mut options = if step.branch.is_empty() {
        vec![OptionView::new(next_label(app, words, current == total))]
    } else {
        step.branch
            .iter()
            .map(|option| {
                OptionView::new(words.text(&messages::branch(&checklist.id, &step.id, option)))
            })
            .collect()
    };
    options.extend(
        ["step-problem", "step-back"]
            .iter()
            .map(|id| OptionView::new(words.text(id))),
    );
    view.options = options;
    view.keys = common_keys(app, words);
    view
}

/// "Done, next step", or on the last step "done", or back to the checklist that sent here.
fn next_label(app: &App, words: &Words, last: bool) -> crate::i18n::Text {
    match (last, app.return_checklist()) {
        (true, Some(back_to)) => {
            let mut args = FluentArgs::new();
            args.set(
                "checklist",
                words.text(&messages::checklist(&back_to.id)).value,
            );
            words.with("step-return-next", &args)
        }
        (true, None) => words.text("step-finish"),
        (false, _) => words.text("step-next"),
    }
}

/// What the helper reads: the tip, and when the helper reads another language than the
/// citizen, the step itself in the helper's language too.
fn helper_pane(app: &App, citizen: &Words, helper: &Words, id: &str) -> Option<Block> {
    if app.helper_language == app.language {
        return citizen
            .optional(id, "tip")
            .map(|tip| Block::labelled(BlockKind::Tip, citizen.text("step-tip"), tip));
    }
    let endonym = &helper.catalog.locale(app.helper_language).meta.endonym;
    let mut args = FluentArgs::new();
    args.set("language", endonym.clone());
    let mut text = helper.text(id);
    if let Some(tip) = helper.optional(id, "tip") {
        text.value = format!("{}\n{}", text.value, tip.value);
    }
    Some(Block::labelled(
        BlockKind::Tip,
        helper.with("helper-pane", &args),
        text,
    ))
}
