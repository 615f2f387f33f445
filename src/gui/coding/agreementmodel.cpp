#include "agreementmodel.h"

namespace Rapporteur::Gui {

namespace {

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

AgreementModel::AgreementModel(QObject *parent) : ColumnTableModel(ColumnCount, parent) {}

AgreementModel::~AgreementModel() = default;

void AgreementModel::setReport(const Coding::AgreementReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int AgreementModel::rowOf(const QString &codePath) const
{
    for (qsizetype r = 0; r < m_report.codes.size(); ++r) {
        if (m_report.codes[r].codePath == codePath)
            return static_cast<int>(r);
    }
    return -1;
}

QString AgreementModel::coefficientText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : QStringLiteral("—");
}

QString AgreementModel::percentText(const std::optional<double> &value)
{
    return value ? QString::number(*value * 100.0, 'f', 1) + u'%' : QStringLiteral("—");
}

int AgreementModel::recordCount() const
{
    return static_cast<int>(m_report.codes.size());
}

QVariant AgreementModel::value(const Coding::CodeAgreement &c, int column) const
{
    switch (column) {
    case Code:
        return c.codePath;
    case Units:
        return c.units();
    case Both:
        return c.both;
    case OnlyFirst:
        return c.onlyFirst;
    case OnlySecond:
        return c.onlySecond;
    case Neither:
        return c.neither;
    case Percent:
        return optionalValue(c.percent);
    case Kappa:
        return optionalValue(c.kappa);
    case Alpha:
        return optionalValue(c.alpha);
    case Disagreements:
        return static_cast<int>(c.disagreements.size());
    default:
        return {};
    }
}

QVariant AgreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Coding::CodeAgreement &c = m_report.codes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Percent:
            return percentText(c.percent);
        case Kappa:
            return coefficientText(c.kappa);
        case Alpha:
            return coefficientText(c.alpha);
        default:
            return value(c, index.column());
        }
    case Qt::TextAlignmentRole:
        return index.column() == Code ? QVariant()
                                      : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if ((index.column() == Kappa && !c.kappa) || (index.column() == Alpha && !c.alpha))
            return tr("Undefined: every paragraph falls in one category");
        return {};
    case ValueRole:
        return value(c, index.column());
    case CodePathRole:
        return c.codePath;
    default:
        return {};
    }
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::ToolTipRole)
        return ColumnTableModel::headerData(section, orientation, role);
    switch (section) {
    case Units:
        return tr("Paragraphs compared");
    case Both:
        return tr("Paragraphs where both applied the code");
    case Neither:
        return tr("Paragraphs where neither applied the code");
    default:
        return {};
    }
}

QString AgreementModel::columnTitle(int column) const
{
    switch (column) {
    case Code:
        return tr("Code");
    case Units:
        return tr("Paragraphs");
    case Both:
        return tr("Both");
    case OnlyFirst:
        return tr("Only %1").arg(m_report.first);
    case OnlySecond:
        return tr("Only %1").arg(m_report.second);
    case Neither:
        return tr("Neither");
    case Percent:
        return tr("Agreement");
    case Kappa:
        return tr("Cohen's κ");
    case Alpha:
        return tr("Krippendorff's α");
    case Disagreements:
        return tr("Disagreements");
    default:
        return {};
    }
}

} // namespace Rapporteur::Gui
