#include "IdentifierRules.h"

namespace StampDeck::Azure {

namespace {

constexpr QLatin1StringView DeviceSpecials("-.+%_#*?!(),=@$'");
constexpr QLatin1StringView RegistrationSpecials(":._-");

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

QString describe(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    if (c == u' ')
        return QStringLiteral("' ' (space)");
    return u'\'' + QString(c) + u'\'';
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Shared checks: not empty, not too long, every character allowed.
bool checkCharacters(QStringView id, QLatin1StringView noun, int maxLength, QLatin1StringView specials, QString *error)
{
    if (id.isEmpty())
        return failWith(error, QStringLiteral("a %1 must not be empty").arg(noun));
    if (id.size() > maxLength)
        return failWith(error, QStringLiteral("a %1 may have at most %2 characters; this one has %3")
                                   .arg(noun)
                                   .arg(maxLength)
                                   .arg(id.size()));
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        if (isAsciiAlnum(c) || (c.unicode() < 0x80 && specials.contains(QLatin1Char(char(c.unicode())))))
            continue;
        return failWith(error, QStringLiteral("character %1 (%2) is not allowed in a %3")
                                   .arg(i + 1)
                                   .arg(describe(c), QString(noun)));
    }
    return true;
}

bool checkRegistrationLike(QStringView id, QLatin1StringView noun, QString *error)
{
    if (!checkCharacters(id, noun, IdentifierRules::MaxRegistrationIdLength, RegistrationSpecials, error))
        return false;
    const QChar last = id.back();
    if (!isAsciiAlnum(last) && last != u'-')
        return failWith(error, QStringLiteral("character %1 (%2) is not allowed at the end of a %3: "
                                              "the last character must be a letter, a digit or '-'")
                                   .arg(id.size())
                                   .arg(describe(last), QString(noun)));
    return true;
}

} // namespace

bool IdentifierRules::isValidDeviceId(QStringView id, QString *error)
{
    return checkCharacters(id, QLatin1StringView("device ID"), MaxDeviceIdLength, DeviceSpecials, error);
}

bool IdentifierRules::isValidModuleId(QStringView id, QString *error)
{
    return checkCharacters(id, QLatin1StringView("module ID"), MaxDeviceIdLength, DeviceSpecials, error);
}

bool IdentifierRules::isValidRegistrationId(QStringView id, QString *error)
{
    return checkRegistrationLike(id, QLatin1StringView("registration ID"), error);
}

bool IdentifierRules::isValidEnrollmentGroupId(QStringView id, QString *error)
{
    return checkRegistrationLike(id, QLatin1StringView("enrollment group ID"), error);
}

bool IdentifierRules::isValidIdScope(QStringView scope, QString *error)
{
    if (scope.isEmpty())
        return failWith(error, QStringLiteral("an ID scope must not be empty"));
    if (!scope.startsWith(QLatin1StringView("0ne"), Qt::CaseInsensitive))
        return failWith(error, QStringLiteral("an ID scope starts with \"0ne\" (like 0ne00111111)"));
    if (scope.size() != IdScopeLength)
        return failWith(error, QStringLiteral("an ID scope has %1 characters (like 0ne00111111); this one has %2")
                                   .arg(IdScopeLength)
                                   .arg(scope.size()));
    for (qsizetype i = 3; i < scope.size(); ++i) {
        if (!isAsciiAlnum(scope[i]))
            return failWith(error, QStringLiteral("character %1 (%2) is not allowed in an ID scope")
                                       .arg(i + 1)
                                       .arg(describe(scope[i])));
    }
    return true;
}

QLatin1StringView IdentifierRules::deviceIdSpecialCharacters()
{
    return DeviceSpecials;
}

QLatin1StringView IdentifierRules::registrationIdSpecialCharacters()
{
    return RegistrationSpecials;
}

QString IdentifierRules::normalizedRegistrationId(QStringView id)
{
    return id.toString().toLower();
}

bool IdentifierRules::sameRegistrationId(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool IdentifierRules::sameIdScope(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace StampDeck::Azure
