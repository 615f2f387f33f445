#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

int runDocuments(CommandContext &context, const QStringList &args); // documents [--json]
int runSubmissions(CommandContext &context,
                   const QStringList &args); // submissions [--document SYM] [--json]
int runShow(CommandContext &context, const QStringList &args); // show SUBMISSION_ID [--json]
int runParagraphs(CommandContext &context,
                  const QStringList &args); // paragraphs --document SYM [--json]
int runRename(CommandContext &context, const QStringList &args); // rename SYM NEW_SYM
} // namespace Rapporteur::Cli
