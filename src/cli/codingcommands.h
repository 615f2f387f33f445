#pragma once

#include <QStringList>

namespace Rapporteur::Cli {
class CommandContext;

// Qualitative coding (issue 7). Offsets are code points within a paragraph's text.

// codes [--json] | codes add PATH [--description D] [--colour #rrggbb] | codes rename PATH NAME
// | codes move PATH (NEW_PARENT_PATH | --top) | codes merge PATH INTO_PATH
// | codes delete PATH [--force]
int runCodes(CommandContext &context, const QStringList &args);
// coding add --code PATH --paragraph ID --start N --end N [--memo TEXT] [--coder NAME] [--json]
// | coding remove ID | coding memo ID TEXT
int runCoding(CommandContext &context, const QStringList &args);
// codings [--code PATH] [--coder NAME] [--json]
int runCodings(CommandContext &context, const QStringList &args);
// memo (--code PATH | --submission ID | --document SYM) [TEXT]: prints, or sets ('' deletes)
int runMemo(CommandContext &context, const QStringList &args);
} // namespace Rapporteur::Cli
