#include "HubQueryJsonRow.h"

namespace StampDeck::Emulator {

HubQueryValue HubQueryJsonRow::lookup(const QJsonObject &object, const QStringList &path)
{
    if (path.isEmpty())
        return HubQueryValue::fromJson(object);
    QJsonObject current = object;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const auto it = current.constFind(path.at(i));
        if (it == current.constEnd())
            return HubQueryValue::undefined();
        if (i + 1 == path.size())
            return HubQueryValue::fromJson(it.value());
        if (!it.value().isObject())
            return HubQueryValue::undefined();
        current = it.value().toObject();
    }
    return HubQueryValue::undefined();
}

HubQueryValue HubQueryJsonRow::value(const HubQueryField &field) const
{
    using Kind = HubQueryField::Kind;
    switch (field.kind) {
    case Kind::Unknown:
        return HubQueryValue::undefined();
    case Kind::Desired:
    case Kind::Reported: {
        const QJsonValue properties = m_twin.value(QLatin1StringView("properties"));
        if (!properties.isObject())
            return HubQueryValue::undefined();
        const QJsonValue section = properties.toObject().value(
            field.kind == Kind::Desired ? QLatin1StringView("desired") : QLatin1StringView("reported"));
        if (!section.isObject())
            return HubQueryValue::undefined();
        return lookup(section.toObject(), field.path);
    }
    default:
        break;
    }
    // Every other kind is a top-level key (its canonical name is the first segment of name).
    const QString key = field.name.section(u'.', 0, 0);
    QStringList path{key};
    path.append(field.path);
    return lookup(m_twin, path);
}

} // namespace StampDeck::Emulator
