#include "appsettings.h"

#include "common/inputfile.h"
#include "workflow/inputlimit.h"

#include "coding/codingservice.h"

#include <QStringList>

#include <algorithm>

namespace Rapporteur::Gui {

namespace {

const auto kLanguageKey = QStringLiteral("interface/language");
const auto kFontFamilyKey = QStringLiteral("interface/fontFamily");
const auto kFontPointSizeKey = QStringLiteral("interface/fontPointSize");

} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &iniFile) : m_settings(iniFile, QSettings::IniFormat) {}

AppSettings::~AppSettings() = default;

QString AppSettings::language() const
{
    const QString value = m_settings.value(kLanguageKey).toString();
    return QStringList{QStringLiteral("zh"), QStringLiteral("en")}.contains(value) ? value
                                                                                   : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguageKey, language);
}

QString AppSettings::fontFamily() const
{
    return m_settings.value(kFontFamilyKey).toString();
}

void AppSettings::setFontFamily(const QString &family)
{
    m_settings.setValue(kFontFamilyKey, family);
}

int AppSettings::fontPointSize() const
{
    const int size = m_settings.value(kFontPointSizeKey, 0).toInt();
    return size > 0 && size <= kMaxFontPointSize ? size : 0;
}

void AppSettings::setFontPointSize(int pointSize)
{
    m_settings.setValue(kFontPointSizeKey, pointSize);
}

QString AppSettings::coder() const
{
    return m_settings.value(QLatin1String(Coding::kCoderSettingsKey)).toString().trimmed();
}

void AppSettings::setCoder(const QString &coder)
{
    if (coder.trimmed().isEmpty())
        m_settings.remove(QLatin1String(Coding::kCoderSettingsKey));
    else
        m_settings.setValue(QLatin1String(Coding::kCoderSettingsKey), coder.trimmed());
}

int AppSettings::maxInputMegabytes() const
{
    bool ok = false;
    const int megabytes =
        m_settings.value(QLatin1String(Workflow::kMaxInputSettingsKey)).toInt(&ok);
    return ok && megabytes > 0 ? megabytes
                               : int((kDefaultMaxInputBytes + 999'999) / 1'000'000);
}

void AppSettings::setMaxInputMegabytes(int megabytes)
{
    m_settings.setValue(QLatin1String(Workflow::kMaxInputSettingsKey), std::max(1, megabytes));
}

} // namespace Rapporteur::Gui
