#pragma once

#include "common/paragraph.h"

#include <QList>
#include <QStringList>

namespace Rapporteur::Storage {

// The identity of each paragraph's text: hex SHA-1 of (kind name, U+001F, text) in UTF-8,
// then '#' and how many equal hashes came before it in the document ("…#0", "…#1").
// A re-import gives a paragraph whose key it finds the old paragraph's id, so that what the user
// anchored to it survives.
QStringList paragraphKeys(const QList<Paragraph> &paragraphs);

} // namespace Rapporteur::Storage
