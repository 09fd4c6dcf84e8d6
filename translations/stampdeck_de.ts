<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EmulatorEndpoints</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1: caCertificate is missing</source>
        <translation>%1: caCertificate fehlt</translation>
    </message>
    <message>
        <source>%1: workspace is missing</source>
        <translation>%1: workspace fehlt</translation>
    </message>
    <message>
        <source>%1: no hubs listed</source>
        <translation>%1: keine Hubs aufgeführt</translation>
    </message>
    <message>
        <source>%1: hubs[%2] lacks hostName or connectionString</source>
        <translation>%1: hubs[%2] fehlt hostName oder connectionString</translation>
    </message>
    <message>
        <source>%1: dps[%2] lacks hostName or idScope</source>
        <translation>%1: dps[%2] fehlt hostName oder idScope</translation>
    </message>
</context>
<context>
    <name>EndpointCredential</name>
    <message>
        <source>IoT hub</source>
        <translation>IoT-Hub</translation>
    </message>
    <message>
        <source>DPS</source>
        <translation>DPS</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
    <message>
        <source>Memory (this run only)</source>
        <translation>Arbeitsspeicher (nur dieser Lauf)</translation>
    </message>
</context>
<context>
    <name>StampDeck::CredentialBook</name>
    <message>
        <source>The key store has gone away.</source>
        <translation>Der Schlüsselspeicher ist nicht mehr da.</translation>
    </message>
</context>
<context>
    <name>StampDeck::CredentialDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Store key</source>
        <translation>Schlüssel &amp;speichern</translation>
    </message>
    <message>
        <source>Keep in &amp;memory for this run only</source>
        <translation>Nur für diesen Lauf im &amp;Arbeitsspeicher halten</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Endpoint keys</source>
        <translation>Endpunktschlüssel</translation>
    </message>
    <message>
        <source>HostName=…;SharedAccessKeyName=…;SharedAccessKey=…</source>
        <translation>HostName=…;SharedAccessKeyName=…;SharedAccessKey=…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>Add or replace a key</source>
        <translation>Schlüssel hinzufügen oder ersetzen</translation>
    </message>
    <message>
        <source>Connection &amp;string:</source>
        <translation>&amp;Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <source>&amp;Endpoint kind:</source>
        <translation>&amp;Endpunktart:</translation>
    </message>
    <message>
        <source>Rights:</source>
        <translation>Rechte:</translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation>Gespeicherte Schlüssel</translation>
    </message>
    <message>
        <source>This is not a service connection string: %1</source>
        <translation>Das ist keine Dienst-Verbindungszeichenfolge: %1</translation>
    </message>
    <message>
        <source>Checking the key of policy %1 with %2…</source>
        <translation>Schlüssel der Richtlinie %1 wird bei %2 geprüft…</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Storing the key in %1…</source>
        <translation>Schlüssel wird in %1 gespeichert…</translation>
    </message>
    <message>
        <source>The key of %1 (policy %2) is stored in the system keychain.</source>
        <translation>Der Schlüssel für %1 (Richtlinie %2) ist im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The key of %1 (policy %2) is kept in memory and will be gone when StampDeck quits.</source>
        <translation>Der Schlüssel für %1 (Richtlinie %2) liegt im Arbeitsspeicher und ist weg, sobald StampDeck beendet wird.</translation>
    </message>
    <message>
        <source>The key was not stored.</source>
        <translation>Der Schlüssel wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No keychain can keep keys: %1 StampDeck writes no key to disk. You may keep a key in memory for this run only; it is gone when StampDeck quits.</source>
        <translation>Kein Schlüsselbund kann Schlüssel aufbewahren: %1 StampDeck schreibt keinen Schlüssel auf die Festplatte. Sie können einen Schlüssel nur für diesen Lauf im Arbeitsspeicher halten; er ist weg, sobald StampDeck beendet wird.</translation>
    </message>
    <message>
        <source>Forget the key of %1 (policy %2)? StampDeck cannot reach this endpoint with it any more until a key is entered again.</source>
        <translation>Den Schlüssel für %1 (Richtlinie %2) vergessen? StampDeck erreicht diesen Endpunkt damit nicht mehr, bis wieder ein Schlüssel eingegeben wird.</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>The key of %1 (policy %2) is forgotten.</source>
        <translation>Der Schlüssel für %1 (Richtlinie %2) ist vergessen.</translation>
    </message>
    <message>
        <source>The key could not be forgotten: %1</source>
        <translation>Der Schlüssel konnte nicht vergessen werden: %1</translation>
    </message>
    <message>
        <source>Paste the new connection string of %1 (policy %2) and check it; storing it replaces the old key.</source>
        <translation>Fügen Sie die neue Verbindungszeichenfolge für %1 (Richtlinie %2) ein und prüfen Sie sie; beim Speichern ersetzt sie den alten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>StampDeck::CredentialVault</name>
    <message>
        <source>the system keychain</source>
        <translation>dem Systemschlüsselbund</translation>
    </message>
    <message>
        <source>The keychain holds no key for this entry.</source>
        <translation>Der Schlüsselbund enthält für diesen Eintrag keinen Schlüssel.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1).</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1).</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The keychain did not answer (%1).</source>
        <translation>Der Schlüsselbund hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1).</source>
        <translation>Der Schlüsselbund meldete einen Fehler (%1).</translation>
    </message>
</context>
<context>
    <name>StampDeck::DemoCredentialImporter</name>
    <message>
        <source>The emulator's connection string for %1 is not valid: %2</source>
        <translation>Die Verbindungszeichenfolge des Emulators für %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>No keychain answered (%1); the demo's keys are kept in memory for this run only.</source>
        <translation>Kein Schlüsselbund hat geantwortet (%1); die Schlüssel der Demo bleiben nur für diesen Lauf im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The key for %1 was not stored: %2</source>
        <translation>Der Schlüssel für %1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>StampDeck::DemoLauncher</name>
    <message>
        <source>The emulator (%1) could not be started: %2</source>
        <translation>Der Emulator (%1) ließ sich nicht starten: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the emulator: %1</source>
        <translation>Kein temporärer Ordner für den Emulator: %1</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>hat sich mit Code %1 beendet</translation>
    </message>
    <message>
        <source>The emulator stopped unexpectedly (%1).</source>
        <translation>Der Emulator wurde unerwartet beendet (%1).</translation>
    </message>
    <message>
        <source>The emulator %1 before it was ready; its messages are on the terminal.</source>
        <translation>Der Emulator %1, bevor er bereit war; seine Meldungen stehen im Terminal.</translation>
    </message>
</context>
<context>
    <name>StampDeck::HttpConnectionProbe</name>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>allowed (HTTP %1)</source>
        <translation>erlaubt (HTTP %1)</translation>
    </message>
    <message>
        <source>not allowed (HTTP 401)</source>
        <translation>nicht erlaubt (HTTP 401)</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>%1 accepted the key of policy %2. Rights seen: %3.</source>
        <translation>%1 hat den Schlüssel der Richtlinie %2 angenommen. Festgestellte Rechte: %3.</translation>
    </message>
    <message>
        <source>%1 refused the key of policy %2: the key is wrong, or the policy holds none of the rights checked.</source>
        <translation>%1 hat den Schlüssel der Richtlinie %2 abgelehnt: Der Schlüssel ist falsch, oder die Richtlinie hat keines der geprüften Rechte.</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 answered in a way that fits no right. Is it really this kind of endpoint?</source>
        <translation>%1 antwortete so, dass es zu keinem Recht passt. Ist es wirklich diese Art von Endpunkt?</translation>
    </message>
</context>
<context>
    <name>StampDeck::MainWindow</name>
    <message>
        <source>StampDeck</source>
        <translation>StampDeck</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n stamp(s) from %1</source>
        <translation>
            <numerusform>%n Stamp aus %1</numerusform>
            <numerusform>%n Stamps aus %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampDeck::MemorySecretStore</name>
    <message>
        <source>memory, for this run only</source>
        <translation>dem Arbeitsspeicher, nur für diesen Lauf</translation>
    </message>
    <message>
        <source>No key is held in memory for this entry.</source>
        <translation>Für diesen Eintrag liegt kein Schlüssel im Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>StampDeck::StampListModel</name>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Shared (%1)</source>
        <translation>Geteilt (%1)</translation>
    </message>
    <message>
        <source>Dedicated to %1</source>
        <translation>Exklusiv für %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>tier × units</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>Mandantenmodell</translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation>IoT-Hub</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Linked DPS</source>
        <translation>Verknüpfte DPS</translation>
    </message>
    <message>
        <source>Planned devices</source>
        <translation>Geplante Geräte</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>a workspace holds no secrets; keys belong in the keychain</source>
        <translation>ein Arbeitsbereich enthält keine Geheimnisse; Schlüssel gehören in den Schlüsselbund</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet: eines von %1)</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>'%1' is not a stamp id (letters, digits, '.', '_', '-'; at most 64)</source>
        <translation>„%1“ ist keine Stamp-ID (Buchstaben, Ziffern, „.“, „_“, „-“; höchstens 64)</translation>
    </message>
    <message>
        <source>'%1' is not a ring (test, canary or production)</source>
        <translation>„%1“ ist kein Ring (test, canary oder production)</translation>
    </message>
    <message>
        <source>must be an object with mode and tenants</source>
        <translation>muss ein Objekt mit mode und tenants sein</translation>
    </message>
    <message>
        <source>'%1' is not a tenancy (shared or dedicated)</source>
        <translation>„%1“ ist kein Mandantenmodell (shared oder dedicated)</translation>
    </message>
    <message>
        <source>a dedicated stamp serves exactly one tenant (found %1)</source>
        <translation>ein exklusiver Stamp bedient genau einen Mandanten (gefunden: %1)</translation>
    </message>
    <message>
        <source>must be an object with hostName, tier and units</source>
        <translation>muss ein Objekt mit hostName, tier und units sein</translation>
    </message>
    <message>
        <source>'%1' is not a host name</source>
        <translation>„%1“ ist kein Hostname</translation>
    </message>
    <message>
        <source>'%1' is not an IoT hub tier (%2)</source>
        <translation>„%1“ ist kein IoT-Hub-Tarif (%2)</translation>
    </message>
    <message>
        <source>must be a list of linked DPS instances (may be empty)</source>
        <translation>muss eine Liste verknüpfter DPS-Instanzen sein (darf leer sein)</translation>
    </message>
    <message>
        <source>'%1' is not an ID scope (0ne followed by 8 hex digits)</source>
        <translation>„%1“ ist kein ID-Bereich (0ne gefolgt von 8 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>this is not a StampDeck workspace (expected "%1")</source>
        <translation>dies ist kein StampDeck-Arbeitsbereich (erwartet: „%1“)</translation>
    </message>
    <message>
        <source>version %1 was written by a newer StampDeck (this one reads %2)</source>
        <translation>Version %1 stammt von einem neueren StampDeck (dieses liest %2)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be a list of stamps</source>
        <translation>muss eine Liste von Stamps sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>'%1' is used by an earlier stamp</source>
        <translation>„%1“ wird schon von einem früheren Stamp verwendet</translation>
    </message>
    <message>
        <source>'%1' already belongs to an earlier stamp</source>
        <translation>„%1“ gehört schon zu einem früheren Stamp</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 ist an Position %2 kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation>%1 muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for IoT fleets scaled out with deployment stamps.</source>
        <translation>Betriebskonsole für IoT-Flotten, die mit Deployment-Stamps skaliert werden.</translation>
    </message>
    <message>
        <source>Start the bundled emulator with its demo fleet and open it.</source>
        <translation>Den mitgelieferten Emulator mit seiner Demo-Flotte starten und öffnen.</translation>
    </message>
    <message>
        <source>Number of devices in the demo fleet (default 200000).</source>
        <translation>Anzahl der Geräte in der Demo-Flotte (Standard 200000).</translation>
    </message>
    <message>
        <source>Path of stampdeck-emulator (default: next to this program).</source>
        <translation>Pfad von stampdeck-emulator (Standard: neben diesem Programm).</translation>
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation>Diese Arbeitsbereichsdatei öffnen.</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en (default: the system's).</source>
        <translation>Sprache der Oberfläche, z. B. de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>--demo und --workspace lassen sich nicht zusammen verwenden.</translation>
    </message>
    <message>
        <source>--demo-devices: '%1' is not a device count.</source>
        <translation>--demo-devices: „%1“ ist keine Geräteanzahl.</translation>
    </message>
    <message>
        <source>the demo fleet</source>
        <translation>der Demo-Flotte</translation>
    </message>
    <message>
        <source>The demo workspace is not valid: %1</source>
        <translation>Der Demo-Arbeitsbereich ist ungültig: %1</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>Der Arbeitsbereich lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Open a workspace with --workspace FILE, or try the demo fleet with --demo.</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit --workspace DATEI oder probieren Sie die Demo-Flotte mit --demo aus.</translation>
    </message>
    <message>
        <source>Endpoint &amp;keys…</source>
        <translation>Endpunkt&amp;schlüssel…</translation>
    </message>
</context>
</TS>
