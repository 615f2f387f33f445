#pragma once

#include <QLocale>
#include <QString>

namespace Rapporteur::Gui {

// The interface language. The program is written in English and translated into Simplified
// Chinese with Qt Linguist (resources/rapporteur_zh_CN.ts, compiled into the program).
//
// The language changes when the program starts, not while it runs: the widgets set their texts
// once when built and do not rebuild them on QEvent::LanguageChange, so swapping translators
// under a running window would leave it half in one language and half in the other. The
// settings dialog says so when another language is chosen.

// "zh" or "en": the setting when it names one, else the system's language (Chinese in any of
// its forms gives "zh", since the UN's Chinese is the closest we have; anything else "en").
QString resolvedLanguage(const QString &setting, const QLocale &system = QLocale::system());

// Installs the translation of the language resolved from the setting ("zh", "en" or empty),
// with Qt's own for standard dialogs and buttons when it is installed, replacing any installed
// before. Returns whether the translation was found (it is compiled in, so false is a bug).
// Call after creating the QApplication and before building widgets.
bool installTranslation(const QString &setting);

// The language installTranslation last put in place; "en" before any call.
QString currentLanguage();

// The names of these languages (ISO 639-1) in the interface's language, as it writes a list:
// "英语、法语", "English, French".
QString languageNames(const QStringList &codes);
// A language's name and the code the CLI's --lang takes: "英语 (en)", "English (en)".
QString languageLabel(const QString &code);

} // namespace Rapporteur::Gui
