//! One step: what to do now, how far along, and (for the helper) the tip.

use super::{Words, common_keys, plain};
use crate::app::App;
use crate::content::{StepKind, messages};
use crate::i18n::FluentArgs;
use crate::interaction::Mode;
use crate::ui::view::{Block, BlockKind, OptionView, View};

pub fn view(app: &App, words: &Words) -> View {
    let (Some(checklist), Some(step), Some(place)) = (app.checklist(), app.step(), app.place())
    else {
        return plain(Vec::new());
    };
    let current = place.step.unwrap_or(0) + 1;
    let total = checklist.steps.len();
    let mut args = FluentArgs::new();
    args.set("current", current);
    args.set("total", total);
    let mut view = plain(vec![words.text(&messages::checklist(&checklist.id))]);
    view.progress = Some((current, total, words.with("step-progress", &args)));

    let id = messages::step(&checklist.id, &step.id);
    view.blocks
        .push(Block::new(BlockKind::Instruction, words.text(&id)));
    let assisted = app.mode() == Some(Mode::Assisted);
    if step.kind == StepKind::Secret {
        view.blocks.push(Block::new(
            BlockKind::Secret,
            words.text("step-secret-citizen"),
        ));
        if assisted {
            view.blocks.push(Block::new(
                BlockKind::Secret,
                words.text("step-secret-helper"),
            ));
        }
    }
    if assisted {
        if let Some(tip) = words.optional(&id, "tip") {
            view.blocks
                .push(Block::labelled(BlockKind::Tip, words.text("step-tip"), tip));
        }
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

    // The last step of a checklist reached from another one leads back there.
    let next = match (current == total, app.return_checklist()) {
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
    };
    view.options = std::iter::once(OptionView::new(next))
        .chain(
            ["step-problem", "step-back"]
                .iter()
                .map(|id| OptionView::new(words.text(id))),
        )
        .collect();
    view.keys = common_keys(app, words);
    view
}
