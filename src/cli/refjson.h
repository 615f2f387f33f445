#pragma once

#include "analysis/citedby.h"

#include <QJsonObject>
#include <QString>

namespace Rapporteur::Cli {

// The JSON shapes of `refs`. Field names are part of the contract: add, never rename.

// {target, kind (document|instrument), instrument_kind, name_en, name_zh, aliases, title,
//  in_corpus, document_id, paragraphs, mentions, by_entity: [{code, name_zh, name_en, paragraphs,
//  mentions}], citations: [{document, submission, entity, paragraph, page, where, mentions}]}
QJsonObject citedTargetJson(const Analysis::CitedTarget &t);

// {instruments: [{id, kind, name_en, name_zh}], entities: [{code, name_zh, name_en}],
//  matrix: [[mentions per instrument] per entity]}
QJsonObject instrumentMatrixJson(const Analysis::InstrumentMatrix &m);

// A header "code,name_en,<instrument ids…>" and a row per entity; RFC 4180 quoting.
QString instrumentMatrixCsv(const Analysis::InstrumentMatrix &m);

} // namespace Rapporteur::Cli
