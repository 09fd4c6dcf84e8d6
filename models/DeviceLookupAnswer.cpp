#include "DeviceLookupAnswer.h"

#include <QJsonDocument>

namespace StampDeck {

bool DeviceLookupAnswer::idsDiffer() const
{
    return !registrationId.isEmpty() && !deviceId.isEmpty() && registrationId != deviceId;
}

bool DeviceLookupAnswer::isAssigning() const
{
    return registrationStatus == Azure::RegistrationStatus::Assigning;
}

QString DeviceLookupAnswer::resolutionName(Resolution resolution)
{
    switch (resolution) {
    case Resolution::NotFound:
        return tr("not found anywhere");
    case Resolution::CacheHit:
        return tr("cache hit, confirmed by the hub");
    case Resolution::StaleCacheCorrected:
        return tr("cache was stale, corrected");
    case Resolution::Cold:
        return tr("searched every stamp");
    }
    return {};
}

QString DeviceLookupAnswer::enrollmentKindName(EnrollmentKind kind)
{
    switch (kind) {
    case EnrollmentKind::Unknown:
        return tr("unknown");
    case EnrollmentKind::Individual:
        return tr("individual");
    case EnrollmentKind::Group:
        return tr("group");
    }
    return {};
}

QString DeviceLookupAnswer::enrollmentText() const
{
    if (enrollmentKind == EnrollmentKind::Unknown && enrollmentId.isEmpty())
        return {};
    QString text = enrollmentKindName(enrollmentKind);
    if (!enrollmentId.isEmpty())
        text = QStringLiteral("%1 %2").arg(text, enrollmentId);
    else if (!enrollmentCandidates.isEmpty())
        text = tr("%1, one of %2").arg(text, enrollmentCandidates.join(QStringLiteral(", ")));
    if (!enrollmentEvidence.isEmpty())
        text += QStringLiteral(" (%1)").arg(enrollmentEvidence);
    return text;
}

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString DeviceLookupAnswer::toText() const
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(label + QStringLiteral(": ") + value);
    };
    add(tr("Looked up"), askedId);
    if (!found) {
        lines.append(tr("Not found anywhere."));
        add(tr("Hubs asked"), askedHubs.join(QStringLiteral(", ")));
        add(tr("DPS instances asked"), askedDps.join(QStringLiteral(", ")));
    } else {
        add(tr("Stamp"), stampName.isEmpty() ? stampId : QStringLiteral("%1 (%2)").arg(stampName, stampId));
        add(tr("IoT hub"), hubHost);
        add(tr("DPS instance"), dpsHost);
        add(tr("Enrollment"), enrollmentText());
        add(tr("Registration ID"), registrationId);
        add(tr("Device ID"), deviceId);
        if (idsDiffer())
            lines.append(tr("The registration ID and the device ID differ."));
        if (registrationStatus)
            add(tr("Registration status"), Azure::Wire::toString(*registrationStatus));
        if (registrationSubstatus)
            add(tr("Registration substatus"), Azure::Wire::toString(*registrationSubstatus));
        if (isAssigning())
            lines.append(tr("The device is mid-enrollment (assigning): it has no hub yet."));
        add(tr("Registration updated"), timeText(registrationUpdated));
        if (identityFound) {
            if (identityStatus)
                add(tr("Identity status"), Azure::Wire::toString(*identityStatus));
            add(tr("Status reason"), statusReason);
            if (connectionState)
                add(tr("Connection state"), Azure::Wire::toString(*connectionState));
            add(tr("Last activity"), timeText(lastActivity));
            if (!tags.isEmpty())
                add(tr("Tags"), jsonText(tags));
            if (!reported.isEmpty())
                add(tr("Reported properties"), jsonText(reported));
        } else if (!hubHost.isEmpty()) {
            lines.append(tr("No identity on the hub."));
        }
    }
    add(tr("Resolved"), resolutionName(resolution));
    for (const QString &step : steps)
        lines.append(QStringLiteral("  - ") + step);
    for (const QString &problem : problems)
        add(tr("Problem"), problem);
    return lines.join(u'\n') + u'\n';
}

} // namespace StampDeck
