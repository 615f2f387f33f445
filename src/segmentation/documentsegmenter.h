#pragma once

#include "block.h"
#include "referencedata/entityregistry.h"

#include "common/parseddocument.h"

#include <QList>

namespace Rapporteur::Segmentation {

// Reads the structure of a document from its paragraphs: title, numbered sections, groups of
// submissions ("A. 各国政府"), per-state submissions (a heading naming a state, then
// "[原件：…]" and the date), sub-headings, list items, and each paragraph's sentences.
// The language is told from the text (Text::detectLanguage); the symbol and page count are the
// caller's to fill in. Each table is placed after the paragraph its block became.
ParsedDocument segmentDocument(const QList<Block> &blocks,
                               const ReferenceData::EntityRegistry &entities,
                               const QList<BlockTable> &tables = {});

} // namespace Rapporteur::Segmentation
