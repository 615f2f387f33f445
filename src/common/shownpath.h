#pragma once

#include <QString>

namespace Rapporteur {

// A file's name or path as a message shows it: on one line, whatever the name holds. Control
// characters (a newline, a tab, an escape sequence) and other invisible characters are written
// as escapes (\n, \t, \x1b, \u200b), so that an error stays one line and a terminal never
// interprets a name. Names without such characters come back unchanged (a backslash too, so
// an escape is not told from a name that spells one; rare enough on the systems we run on).
QString shownPath(const QString &path);
// The same for the last part of the path only.
QString shownFileName(const QString &path);

} // namespace Rapporteur
