#include "disagreementmodel.h"

#include "referencedata/entityregistry.h"

namespace Rapporteur::Gui {

namespace {

// How much of a paragraph the list shows; the tooltip has it whole.
constexpr qsizetype kExcerpt = 60;

QString excerpt(const QString &text)
{
    if (text.size() <= kExcerpt)
        return text;
    qsizetype cut = kExcerpt;
    if (text.at(cut).isLowSurrogate()) // never half a character
        ++cut;
    return text.left(cut) + QStringLiteral("…");
}

} // namespace

DisagreementModel::DisagreementModel(QObject *parent) : ColumnTableModel(ColumnCount, parent) {}

DisagreementModel::~DisagreementModel() = default;

void DisagreementModel::setCode(const AgreementData &data, const QString &codePath)
{
    beginResetModel();
    m_first = data.report.first;
    m_second = data.report.second;
    m_codePath = codePath;
    m_rows.clear();
    for (const Coding::CodeAgreement &c : data.report.codes) {
        if (c.codePath != codePath)
            continue;
        for (const Coding::Disagreement &d : c.disagreements)
            m_rows.append({d, data.paragraphs.value(d.paragraphId)});
    }
    endResetModel();
}

int DisagreementModel::recordCount() const
{
    return static_cast<int>(m_rows.size());
}

QVariant DisagreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == ParagraphIdRole)
        return row.disagreement.paragraphId;
    if (role == Qt::ToolTipRole)
        return tr("%1\nDouble-click to read the paragraph").arg(row.paragraph.text);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Document:
        return row.disagreement.document;
    case State: {
        const auto entity =
            ReferenceData::EntityRegistry::builtIn().byCode(row.paragraph.entityCode);
        return entity ? entity->nameZh : row.paragraph.entityCode;
    }
    case Page:
        return row.paragraph.page > 0 ? QVariant(row.paragraph.page) : QVariant();
    case CodedBy:
        return row.disagreement.byFirst ? m_first : m_second;
    case Paragraph:
        return excerpt(row.paragraph.text);
    default:
        return {};
    }
}

QString DisagreementModel::columnTitle(int column) const
{
    switch (column) {
    case Document:
        return tr("Document");
    case State:
        return tr("State");
    case Page:
        return tr("Page");
    case CodedBy:
        return tr("Applied by");
    case Paragraph:
        return tr("Paragraph");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
