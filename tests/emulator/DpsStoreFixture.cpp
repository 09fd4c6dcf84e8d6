#include "DpsStoreFixture.h"

#include <QDateTime>

using namespace StampDeck::Emulator;
using namespace StampDeck::Azure;

QString DpsStoreFixture::token(const QString &registrationId, const QString &key, qint64 expiry,
                               SharedAccessSignature::ResourceEncoding encoding)
{
    if (expiry == 0)
        expiry = QDateTime::currentSecsSinceEpoch() + 3600;
    return SharedAccessSignature::create(Scope + QStringLiteral("/registrations/") + registrationId,
                                         QStringLiteral("registration"), key, expiry, encoding)
        .toString();
}

EnrollmentGroup DpsStoreFixture::symmetricGroup(const QString &id, const QString &primary, const QString &secondary)
{
    EnrollmentGroup group;
    group.enrollmentGroupId = id;
    group.attestation = AttestationMechanism::symmetric(primary, secondary);
    return group;
}

IndividualEnrollment DpsStoreFixture::symmetricEnrollment(const QString &id)
{
    IndividualEnrollment enrollment;
    enrollment.registrationId = id;
    enrollment.attestation = AttestationMechanism::symmetric();
    return enrollment;
}

void DpsStoreFixture::resetStore()
{
    m_hubA = std::make_unique<FakeProvisioningTarget>(QStringLiteral("localhost:41001"));
    m_hubB = std::make_unique<FakeProvisioningTarget>(QStringLiteral("localhost:41002"));
    m_store = std::make_unique<DpsStore>(QStringLiteral("dps-test"), Scope, QStringLiteral("westeurope"),
                                         QList<LinkedHub>{{m_hubA.get(), QStringLiteral("westeurope")},
                                                          {m_hubB.get(), QStringLiteral("eastus")}});
    m_store->setHostName(QStringLiteral("localhost:41000"));
}
