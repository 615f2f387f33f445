#include "referencetargetmodel.h"

#include <QFont>

namespace Rapporteur::Gui {

namespace {

QString filterKeys(const Analysis::CitedTarget &t)
{
    QStringList keys{t.target};
    if (t.instrument)
        keys << t.instrument->nameZh << t.instrument->nameEn << t.instrument->aliases;
    if (t.document)
        keys << t.document->title;
    return keys.join(QChar(0x1F)).toCaseFolded();
}

} // namespace

ReferenceTargetModel::ReferenceTargetModel(QObject *parent) : ColumnTableModel(ColumnCount, parent)
{
}

ReferenceTargetModel::~ReferenceTargetModel() = default;

void ReferenceTargetModel::setTargets(const QList<Analysis::CitedTarget> &targets)
{
    beginResetModel();
    m_targets = targets;
    m_filterKeys.clear();
    for (const Analysis::CitedTarget &t : targets)
        m_filterKeys.append(filterKeys(t));
    endResetModel();
}

int ReferenceTargetModel::rowOf(const QString &target) const
{
    for (qsizetype r = 0; r < m_targets.size(); ++r) {
        if (m_targets[r].target == target)
            return static_cast<int>(r);
    }
    return -1;
}

QString ReferenceTargetModel::kindLabel(const Analysis::CitedTarget &target)
{
    if (target.instrument)
        return instrumentKindLabel(target.instrument->kind);
    return target.kind == Analysis::TargetKind::Document ? tr("Document") : tr("Instrument");
}

QString ReferenceTargetModel::instrumentKindLabel(ReferenceData::TermKind kind)
{
    switch (kind) {
    case ReferenceData::TermKind::Treaty:
        return tr("Treaty");
    case ReferenceData::TermKind::Regime:
        return tr("Regime");
    case ReferenceData::TermKind::Organisation:
        return tr("Organisation");
    case ReferenceData::TermKind::Term:
        break;
    }
    return tr("Term");
}

int ReferenceTargetModel::recordCount() const
{
    return static_cast<int>(m_targets.size());
}

QVariant ReferenceTargetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Analysis::CitedTarget &t = m_targets[index.row()];
    const bool inCorpus = t.document.has_value();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Target:
            return t.target;
        case Kind:
            return kindLabel(t);
        case InCorpus:
            return inCorpus ? tr("in corpus") : QString();
        case NameZh: // a document's title is its Chinese name: the corpus is of Chinese texts
            return t.instrument ? t.instrument->nameZh : (inCorpus ? t.document->title : QString());
        case NameEn:
            return t.instrument ? t.instrument->nameEn : QString();
        case Paragraphs:
            return t.paragraphs;
        case States:
            return static_cast<int>(t.byEntity.size());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Paragraphs || index.column() == States)
            return tr("%n paragraph(s) name it, %1 time(s) in all", "", t.paragraphs)
                .arg(t.mentions);
        if (t.instrument) // the names give way in narrow columns: here they are whole
            return t.instrument->aliases.isEmpty()
                       ? tr("%1\n%2").arg(t.instrument->nameZh, t.instrument->nameEn)
                       : tr("%1\n%2\nAlso: %3")
                             .arg(t.instrument->nameZh, t.instrument->nameEn,
                                  t.instrument->aliases.join(tr(", ")));
        if (inCorpus)
            return tr("%1 (%2) is in this corpus: double-click to open it")
                .arg(t.target, t.document->title);
        return tr("%1 is not in this corpus").arg(t.target);
    case Qt::FontRole:
        if (inCorpus && index.column() == Target) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Paragraphs || index.column() == States)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TargetRole:
        return t.target;
    case TargetKindRole:
        return static_cast<int>(t.kind);
    case InstrumentKindRole:
        return t.instrument ? static_cast<int>(t.instrument->kind) : -1;
    case InCorpusRole:
        return inCorpus;
    case FilterKeysRole:
        return m_filterKeys[index.row()];
    default:
        return {};
    }
}

QString ReferenceTargetModel::columnTitle(int column) const
{
    switch (column) {
    case Target:
        return tr("Cited");
    case Kind:
        return tr("Kind");
    case InCorpus:
        return tr("Corpus");
    case NameZh:
        return tr("Chinese name");
    case NameEn:
        return tr("English name");
    case Paragraphs:
        return tr("Paragraphs");
    case States:
        return tr("States");
    default:
        return {};
    }
}

ReferenceTargetFilter::ReferenceTargetFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

ReferenceTargetFilter::~ReferenceTargetFilter() = default;

QList<std::pair<ReferenceTargetFilter::Kind, QString>> ReferenceTargetFilter::kindLabels()
{
    return {{Kind::All, tr("Everything cited")},
            {Kind::Documents, tr("Documents")},
            {Kind::DocumentsInCorpus, tr("Documents in the corpus")},
            {Kind::Instruments, tr("Treaties, regimes and organisations")},
            {Kind::Treaties, tr("Treaties")},
            {Kind::Regimes, tr("Regimes")},
            {Kind::Organisations, tr("Organisations")}};
}

void ReferenceTargetFilter::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void ReferenceTargetFilter::setText(const QString &text)
{
    const QString key = text.trimmed().toCaseFolded();
    if (key == m_key)
        return;
    m_key = key;
    const auto resolved = key.isEmpty() ? std::nullopt : Analysis::resolveTarget(text.trimmed());
    m_resolved = resolved ? resolved->target : QString();
    invalidateFilter();
}

bool ReferenceTargetFilter::kindAccepts(const QModelIndex &index) const
{
    const auto kind =
        static_cast<Analysis::TargetKind>(index.data(ReferenceTargetModel::TargetKindRole).toInt());
    const int instrument = index.data(ReferenceTargetModel::InstrumentKindRole).toInt();
    switch (m_kind) {
    case Kind::All:
        return true;
    case Kind::Documents:
        return kind == Analysis::TargetKind::Document;
    case Kind::DocumentsInCorpus:
        return index.data(ReferenceTargetModel::InCorpusRole).toBool();
    case Kind::Instruments:
        return kind == Analysis::TargetKind::Instrument;
    case Kind::Treaties:
        return instrument == static_cast<int>(ReferenceData::TermKind::Treaty);
    case Kind::Regimes:
        return instrument == static_cast<int>(ReferenceData::TermKind::Regime);
    case Kind::Organisations:
        return instrument == static_cast<int>(ReferenceData::TermKind::Organisation);
    }
    return true;
}

bool ReferenceTargetFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!kindAccepts(index))
        return false;
    if (m_key.isEmpty())
        return true;
    if (!m_resolved.isEmpty() && index.data(ReferenceTargetModel::TargetRole) == m_resolved)
        return true;
    return index.data(ReferenceTargetModel::FilterKeysRole).toString().contains(m_key);
}

} // namespace Rapporteur::Gui
