<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessDecision</name>
    <message>
        <source>Allowed: %1 is covered by the whitelist entry %2.</source>
        <translation>Erlaubt: %1 ist vom Whitelist-Eintrag %2 abgedeckt.</translation>
    </message>
    <message>
        <source>Allowed: the key has no whitelist and the organization does not require one, so any address may call it.</source>
        <translation>Erlaubt: Der Schlüssel hat keine Whitelist und die Organisation verlangt keine, daher darf jede Adresse ihn verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Denied: %2 is not covered by any of the key&apos;s %n whitelist entries (the server answers %1).</source>
        <translation>
            <numerusform>Abgelehnt: %2 ist von keinem der %n Whitelist-Einträge des Schlüssels abgedeckt (der Server antwortet %1).</numerusform>
            <numerusform>Abgelehnt: %2 ist von keinem der %n Whitelist-Einträge des Schlüssels abgedeckt (der Server antwortet %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Denied: the organization requires a whitelist and this key has none, so it cannot call the API from any address (the server answers %1).</source>
        <translation>Abgelehnt: Die Organisation verlangt eine Whitelist, und dieser Schlüssel hat keine, daher kann er die API von keiner Adresse aus aufrufen (der Server antwortet %1).</translation>
    </message>
    <message>
        <source>Denied: this endpoint requires the key to have a whitelist, and it has none (the server answers %1).</source>
        <translation>Abgelehnt: Dieser Endpunkt verlangt, dass der Schlüssel eine Whitelist hat, und er hat keine (der Server antwortet %1).</translation>
    </message>
    <message>
        <source>Unknown: the key has no whitelist, so any address is allowed unless the organization requires a whitelist. The organization setting could not be read (if it is on, the server answers %1).</source>
        <translation>Unbekannt: Der Schlüssel hat keine Whitelist, daher ist jede Adresse erlaubt, sofern die Organisation keine Whitelist verlangt. Die Einstellung der Organisation konnte nicht gelesen werden (ist sie an, antwortet der Server %1).</translation>
    </message>
    <message>
        <source>Allowed: %1 is covered by the access-list entry %2.</source>
        <translation>Erlaubt: %1 ist vom Zugriffslisten-Eintrag %2 abgedeckt.</translation>
    </message>
    <message numerus="yes">
        <source>Denied: %2 is not covered by any of the service account&apos;s %n access-list entries (the server answers %1 when a token is used from there).</source>
        <translation>
            <numerusform>Abgelehnt: %2 ist von keinem der %n Zugriffslisten-Einträge des Dienstkontos abgedeckt (der Server antwortet %1, wenn von dort ein Token verwendet wird).</numerusform>
            <numerusform>Abgelehnt: %2 ist von keinem der %n Zugriffslisten-Einträge des Dienstkontos abgedeckt (der Server antwortet %1, wenn von dort ein Token verwendet wird).</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowed: the service account has no access list and the organization does not require one, so its tokens work from any address.</source>
        <translation>Erlaubt: Das Dienstkonto hat keine Zugriffsliste und die Organisation verlangt keine, daher funktionieren seine Tokens von jeder Adresse.</translation>
    </message>
    <message>
        <source>Denied: the organization requires an access list and this service account has none, so its tokens work from no address (the server answers %1).</source>
        <translation>Abgelehnt: Die Organisation verlangt eine Zugriffsliste, und dieses Dienstkonto hat keine, daher funktionieren seine Tokens von keiner Adresse (der Server antwortet %1).</translation>
    </message>
    <message>
        <source>Denied: this endpoint requires the service account to have an access list, and it has none (the server answers %1).</source>
        <translation>Abgelehnt: Dieser Endpunkt verlangt, dass das Dienstkonto eine Zugriffsliste hat, und es hat keine (der Server antwortet %1).</translation>
    </message>
    <message>
        <source>Unknown: the service account has no access list, so any address is allowed unless the organization requires one. The organization setting could not be read (if it is on, the server answers %1).</source>
        <translation>Unbekannt: Das Dienstkonto hat keine Zugriffsliste, daher ist jede Adresse erlaubt, sofern die Organisation keine verlangt. Die Einstellung der Organisation konnte nicht gelesen werden (ist sie an, antwortet der Server %1).</translation>
    </message>
</context>
<context>
    <name>AccessListModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Adresse oder CIDR</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation>Zuletzt verwendet von</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>Lokale Notiz</translation>
    </message>
</context>
<context>
    <name>AddEntriesDialog</name>
    <message>
        <source>Add whitelist entries to %1</source>
        <translation>Whitelist-Einträge zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>AddressCheck</name>
    <message>
        <source>Unknown: the key&apos;s whitelist could not be read (%1).</source>
        <translation>Unbekannt: Die Whitelist des Schlüssels konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Unknown: the service account&apos;s access list could not be read (%1).</source>
        <translation>Unbekannt: Die Zugriffsliste des Dienstkontos konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Unknown: the global access list could not be read (%1).</source>
        <translation>Unbekannt: die globale Zugriffsliste konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Allowed: the global access list entry %1 (%2) covers %3.</source>
        <translation>Erlaubt: der Eintrag %1 (%2) der globalen Zugriffsliste deckt %3 ab.</translation>
    </message>
    <message>
        <source>Denied: the global access list is empty (Ops Manager&apos;s documentation does not say whether an empty list admits none or any; this console assumes none).</source>
        <translation>Verweigert: die globale Zugriffsliste ist leer (die Dokumentation von Ops Manager sagt nicht, ob eine leere Liste keine oder jede Adresse zulässt; diese Konsole nimmt keine an).</translation>
    </message>
    <message numerus="yes">
        <source>Denied: none of the global access list&apos;s %n entry(ies) covers %1.</source>
        <translation>
            <numerusform>Verweigert: der %n Eintrag der globalen Zugriffsliste deckt %1 nicht ab.</numerusform>
            <numerusform>Verweigert: keiner der %n Einträge der globalen Zugriffsliste deckt %1 ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressCheckPage</name>
    <message>
        <source>The address the server sees me from</source>
        <translation>Die Adresse, unter der mich der Server sieht</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address</source>
        <translation>Eine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>Address to check</source>
        <translation>Zu prüfende Adresse</translation>
    </message>
    <message>
        <source>Which keys may call from the address</source>
        <translation>Welche Schlüssel von der Adresse aus aufrufen dürfen</translation>
    </message>
    <message>
        <source>The server has not reported which address it sees this console calling from.</source>
        <translation>Der Server hat noch nicht gemeldet, unter welcher Adresse er diese Konsole sieht.</translation>
    </message>
    <message>
        <source>Type an address to see, for every key, whether it may call from there.</source>
        <translation>Geben Sie eine Adresse ein, um für jeden Schlüssel zu sehen, ob er von dort aufrufen darf.</translation>
    </message>
    <message>
        <source>Type one address, not a block.</source>
        <translation>Geben Sie eine einzelne Adresse ein, keinen Block.</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Für diese Organisation ist noch nichts zwischengespeichert: Synchronisieren Sie sie (F5).</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) may call from %2 (as cached %3).</source>
        <translation>
            <numerusform>%1 von %n Schlüssel darf von %2 aus aufrufen (Stand %3).</numerusform>
            <numerusform>%1 von %n Schlüsseln dürfen von %2 aus aufrufen (Stand %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open key</source>
        <translation>Schlüssel ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Add this address to its whitelist…</source>
        <translation>Diese Adresse zu seiner Whitelist &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add %1 to its whitelist…</source>
        <translation>%1 zu seiner Whitelist hinzufügen …</translation>
    </message>
    <message>
        <source>Add this address to its whitelist…</source>
        <translation>Diese Adresse zu seiner Whitelist hinzufügen …</translation>
    </message>
    <message>
        <source>Key or service account</source>
        <translation>Schlüssel oder Dienstkonto</translation>
    </message>
    <message>
        <source>Public key or client ID</source>
        <translation>Öffentlicher Schlüssel oder Client-ID</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1 (Dienstkonto)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service account(s) may use their tokens from there.</source>
        <translation>
            <numerusform>%1 von %n Dienstkonto darf seine Tokens von dort verwenden.</numerusform>
            <numerusform>%1 von %n Dienstkonten dürfen ihre Tokens von dort verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to its access list…</source>
        <translation>%1 zu seiner Zugriffsliste hinzufügen…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The root document has no appName: this is not an Ops Manager or Cloud Manager API.</source>
        <translation>Das Stammdokument hat keinen appName: Dies ist keine Ops-Manager- oder Cloud-Manager-API.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>API key not accepted</source>
        <translation>API-Schlüssel nicht akzeptiert</translation>
    </message>
    <message>
        <source>Address not on the whitelist</source>
        <translation>Adresse nicht auf der Whitelist</translation>
    </message>
    <message>
        <source>The organization requires a whitelist</source>
        <translation>Die Organisation verlangt eine Whitelist</translation>
    </message>
    <message>
        <source>This operation requires a whitelist</source>
        <translation>Dieser Vorgang verlangt eine Whitelist</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>Für diesen Schlüssel nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>Ihre Adresse</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <source> The server said: “%1”</source>
        <translation> Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the server address, your network and the proxy settings of the connection.</source>
        <translation>Der Server ist nicht erreichbar (%1). Prüfen Sie die Serveradresse, Ihr Netzwerk und die Proxy-Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2. If you recognise it, add your organization&apos;s CA bundle to the connection, or trust this certificate for this connection only.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1). Sein SHA-256-Fingerabdruck ist %2. Wenn Sie ihn kennen, fügen Sie der Verbindung das CA-Bundle Ihrer Organisation hinzu oder vertrauen Sie diesem Zertifikat nur für diese Verbindung.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or a proxy may be holding the request; try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Er ist vielleicht überlastet, oder ein Proxy hält die Anfrage zurück; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not accept API key %1: the public key or the private key is wrong, or the key was deleted. Check both in the connection profile.</source>
        <translation>Der Server hat den API-Schlüssel %1 nicht akzeptiert: Der öffentliche oder der private Schlüssel ist falsch, oder der Schlüssel wurde gelöscht. Prüfen Sie beide im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The server sees this computer calling from %1, and that address is not on the whitelist of API key %2. Add %1 (or a block that covers it) to that key&apos;s whitelist, or connect from an address that is on it.</source>
        <translation>Der Server sieht diesen Computer unter %1, und diese Adresse steht nicht auf der Whitelist des API-Schlüssels %2. Fügen Sie %1 (oder einen Block, der sie abdeckt) zur Whitelist dieses Schlüssels hinzu, oder verbinden Sie sich von einer Adresse, die darauf steht.</translation>
    </message>
    <message>
        <source>The organization requires every API key to have a whitelist, and API key %2 has none, so it cannot be used from anywhere. Add %1 to its whitelist (with an Organization Owner key or in the web console).</source>
        <translation>Die Organisation verlangt für jeden API-Schlüssel eine Whitelist, und der API-Schlüssel %2 hat keine, daher ist er nirgendwo verwendbar. Fügen Sie %1 zu seiner Whitelist hinzu (mit einem Schlüssel „Organization Owner“ oder in der Webkonsole).</translation>
    </message>
    <message>
        <source>This operation is only allowed for API keys with a whitelist, and API key %2 has none. Add %1 to its whitelist, then try again.</source>
        <translation>Dieser Vorgang ist nur für API-Schlüssel mit Whitelist erlaubt, und der API-Schlüssel %2 hat keine. Fügen Sie %1 zu seiner Whitelist hinzu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>API key %1 is not allowed to do this.%2 Use a key with the needed role (for most changes: Organization Owner).</source>
        <translation>Der API-Schlüssel %1 darf das nicht.%2 Verwenden Sie einen Schlüssel mit der nötigen Rolle (für die meisten Änderungen: Organization Owner).</translation>
    </message>
    <message>
        <source>It no longer exists on the server.%1 Refresh to see the current state.</source>
        <translation>Es existiert auf dem Server nicht mehr.%1 Aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Nothing was changed because it is already there.%1</source>
        <translation>Nichts wurde geändert, weil es bereits vorhanden ist.%1</translation>
    </message>
    <message>
        <source>The server refused the request.%1</source>
        <translation>Der Server hat die Anfrage abgelehnt.%1</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting how often it may be called.%1 The console waits %n second(s) before trying again.</source>
        <translation>
            <numerusform>Der Server begrenzt, wie oft er aufgerufen werden darf.%1 Die Konsole wartet %n Sekunde, bevor sie es erneut versucht.</numerusform>
            <numerusform>Der Server begrenzt, wie oft er aufgerufen werden darf.%1 Die Konsole wartet %n Sekunden, bevor sie es erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).%2 Try again later; if it persists, the server&apos;s logs say more.</source>
        <translation>Der Server hatte ein Problem (HTTP %1).%2 Versuchen Sie es später erneut; wenn es bleibt, sagen die Protokolle des Servers mehr.</translation>
    </message>
    <message>
        <source>The server answered with something that is not the API&apos;s JSON (HTTP %1). A proxy or a wrong server address may be in the way.</source>
        <translation>Der Server hat mit etwas geantwortet, das nicht das JSON der API ist (HTTP %1). Vielleicht steht ein Proxy oder eine falsche Serveradresse im Weg.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server accepted the change, but reading back the new value failed: %1 The next sync (F5) shows the value the server now holds.</source>
        <translation>Der Server hat die Änderung angenommen, aber das Zurücklesen des neuen Werts ist fehlgeschlagen: %1 Die nächste Synchronisierung (F5) zeigt den Wert, den der Server jetzt hat.</translation>
    </message>
    <message>
        <source>The server redirected to %1 — not followed: the key&apos;s credentials go to the connection&apos;s own server only. If that address is the right one, change the connection&apos;s server to it.</source>
        <translation>Der Server hat nach %1 umgeleitet – nicht gefolgt: Die Zugangsdaten des Schlüssels gehen nur an den eigenen Server der Verbindung. Ist diese Adresse die richtige, ändern Sie den Server der Verbindung entsprechend.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used (HTTP %1: %2). A proxy or a wrong server address may be in the way.</source>
        <translation>Die Antwort des Servers war nicht verwendbar (HTTP %1: %2). Ein Proxy oder eine falsche Serveradresse könnte im Weg sein.</translation>
    </message>
    <message>
        <source>The server stopped answering (%1). It may be overloaded or a proxy may be holding the request; try again later.</source>
        <translation>Der Server antwortet nicht mehr (%1). Er ist vielleicht überlastet, oder ein Proxy hält die Anfrage zurück; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server did not accept service account %1 (invalid_client): the client ID or the secret is wrong, or the secret expired or was deleted.%2 Add a new secret to the account (Organization Owner) and put it in the connection profile.</source>
        <translation>Der Server hat das Dienstkonto %1 nicht akzeptiert (invalid_client): Client-ID oder Geheimnis sind falsch, oder das Geheimnis ist abgelaufen oder wurde gelöscht.%2 Fügen Sie dem Konto ein neues Geheimnis hinzu (Organization Owner) und tragen Sie es im Verbindungsprofil ein.</translation>
    </message>
    <message>
        <source>Service account %1 may hold at most 100 active tokens and has reached that limit (access_denied).%2 Tokens expire after an hour; wait, or revoke the ones other tools hold.</source>
        <translation>Das Dienstkonto %1 darf höchstens 100 aktive Tokens haben und hat diese Grenze erreicht (access_denied).%2 Tokens laufen nach einer Stunde ab; warten Sie oder widerrufen Sie die Tokens anderer Werkzeuge.</translation>
    </message>
    <message>
        <source>The server refused to give service account %1 a token (%2).%3</source>
        <translation>Der Server hat dem Dienstkonto %1 kein Token gegeben (%2).%3</translation>
    </message>
    <message>
        <source>The server did not accept the token of service account %1, not even a fresh one: the account or its secret may have been deleted.%2 Check the connection profile.</source>
        <translation>Der Server hat das Token des Dienstkontos %1 nicht akzeptiert, nicht einmal ein neues: Das Konto oder sein Geheimnis wurde vielleicht gelöscht.%2 Prüfen Sie das Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The server sees this computer calling from %1, and that address is not on the access list of service account %2 (the list applies when a token is used, not when it is issued). Add %1 (or a block that covers it) to the account&apos;s access list, or connect from an address that is on it.</source>
        <translation>Der Server sieht diesen Computer von %1 aus aufrufen, und diese Adresse steht nicht auf der Zugriffsliste des Dienstkontos %2 (die Liste gilt, wenn ein Token verwendet wird, nicht wenn es ausgestellt wird). Fügen Sie %1 (oder einen Block, der sie abdeckt) der Zugriffsliste des Kontos hinzu, oder verbinden Sie sich von einer Adresse, die darauf steht.</translation>
    </message>
    <message>
        <source>The organization requires an access list, and service account %2 has none, so its tokens work from nowhere. Add %1 to its access list (with an Organization Owner key or in the web console).</source>
        <translation>Die Organisation verlangt eine Zugriffsliste, und das Dienstkonto %2 hat keine, daher funktionieren seine Tokens nirgends. Fügen Sie %1 seiner Zugriffsliste hinzu (mit einem Organization-Owner-Schlüssel oder in der Webkonsole).</translation>
    </message>
    <message>
        <source>This operation is only allowed with an access list, and service account %2 has none. Add %1 to its access list, then try again.</source>
        <translation>Dieser Vorgang ist nur mit einer Zugriffsliste erlaubt, und das Dienstkonto %2 hat keine. Fügen Sie %1 seiner Zugriffsliste hinzu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Service account %1 is not allowed to do this.%2 Use an account or a key with the needed role (for most changes: Organization Owner).</source>
        <translation>Das Dienstkonto %1 darf das nicht.%2 Verwenden Sie ein Konto oder einen Schlüssel mit der nötigen Rolle (für die meisten Änderungen: Organization Owner).</translation>
    </message>
    <message>
        <source>the token endpoint&apos;s answer holds no usable bearer token</source>
        <translation>die Antwort des Token-Endpunkts enthält kein verwendbares Bearer-Token</translation>
    </message>
    <message>
        <source>an address it did not give</source>
        <translation>eine Adresse, die er nicht angab</translation>
    </message>
    <message>
        <source>Another change to the same object reached the server at the same moment, so this one was not made.%1 Try again.</source>
        <translation>Eine andere Änderung desselben Objekts erreichte den Server im selben Moment, daher wurde diese nicht ausgeführt.%1 Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>API version not served</source>
        <translation>API-Version nicht mehr angeboten</translation>
    </message>
    <message>
        <source>Only the key itself or a user administrator may read another key&apos;s access list, and API key %1 is neither: this list is unknown here, not empty. Sync with an Organization Owner key to see it.</source>
        <translation>Nur der Schlüssel selbst oder ein Benutzeradministrator darf die Zugriffsliste eines anderen Schlüssels lesen, und API-Schlüssel %1 ist keines von beiden: Diese Liste ist hier unbekannt, nicht leer. Synchronisieren Sie mit einem Schlüssel mit „Organization Owner“, um sie zu sehen.</translation>
    </message>
    <message>
        <source>This version of API Access Console speaks a version of this resource (%1) that the server no longer serves.%2 Update API Access Console; nothing was changed.</source>
        <translation>Diese Version von API Access Console spricht eine Version dieser Ressource (%1), die der Server nicht mehr anbietet.%2 Aktualisieren Sie API Access Console; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The server refuses to remove the entry that covers %1, the address this console calls from with API key %2: without it the key could no longer call from here. Nothing was changed. To remove it, connect from another address or with another key.</source>
        <translation>Der Server lehnt es ab, den Eintrag zu entfernen, der %1 abdeckt – die Adresse, von der diese Konsole mit API-Schlüssel %2 aufruft: Ohne ihn könnte der Schlüssel von hier aus nicht mehr aufrufen. Es wurde nichts geändert. Um ihn zu entfernen, verbinden Sie sich von einer anderen Adresse oder mit einem anderen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>ApiEvent</name>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>by %1 from %2</source>
        <translation>von %1 aus %2</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>%1 erstellt %2</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 gelöscht %2</translation>
    </message>
    <message>
        <source>%1: entry %2 added %3</source>
        <translation>%1: Eintrag %2 hinzugefügt %3</translation>
    </message>
    <message>
        <source>%1: entry %2 removed %3</source>
        <translation>%1: Eintrag %2 entfernt %3</translation>
    </message>
    <message>
        <source>%1: roles changed %2</source>
        <translation>%1: Rollen geändert %2</translation>
    </message>
    <message>
        <source>%1: description changed %2</source>
        <translation>%1: Beschreibung geändert %2</translation>
    </message>
    <message>
        <source>%1 assigned to project %2 %3</source>
        <translation>%1 dem Projekt %2 zugewiesen %3</translation>
    </message>
    <message>
        <source>%1 removed from project %2 %3</source>
        <translation>%1 aus dem Projekt %2 entfernt %3</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API turned on %1</source>
        <translation>„Require IP Whitelist for Public API“ eingeschaltet %1</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API turned off %1</source>
        <translation>„Require IP Whitelist for Public API“ ausgeschaltet %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>API key “%1”</source>
        <translation>API-Schlüssel „%1“</translation>
    </message>
    <message>
        <source>by this console (key %1); the server&apos;s own event is read with the next sync</source>
        <translation>von dieser Konsole (Schlüssel %1); das Ereignis des Servers wird mit der nächsten Synchronisierung gelesen</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>Enter a description: it is how people recognise the key.</source>
        <translation>Geben Sie eine Beschreibung ein: Daran erkennen andere den Schlüssel.</translation>
    </message>
    <message>
        <source>The description has %1 characters; the server accepts at most 250.</source>
        <translation>Die Beschreibung hat %1 Zeichen; der Server akzeptiert höchstens 250.</translation>
    </message>
    <message>
        <source>The description contains a control character (U+%1) at position %2; remove it.</source>
        <translation>Die Beschreibung enthält an Position %2 ein Steuerzeichen (U+%1); entfernen Sie es.</translation>
    </message>
    <message>
        <source>The description contains a text direction override (U+%1) at position %2, which makes it display differently from what it is; remove it.</source>
        <translation>Die Beschreibung enthält an Position %2 eine Umkehrung der Schreibrichtung (U+%1), durch die sie anders angezeigt wird, als sie ist; entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>ApiKeysModel</name>
    <message>
        <source>Owner: %1
Ticket: %2
%3</source>
        <translation>Verantwortlich: %1
Ticket: %2
%3</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentl. Schlüssel</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>Organisationsrollen</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>Lokale Notiz</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>Projektrollen</translation>
    </message>
    <message>
        <source>rotating → %1</source>
        <translation>wird rotiert → %1</translation>
    </message>
    <message>
        <source>new key of a rotation of %1</source>
        <translation>neuer Schlüssel einer Rotation von %1</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>Filter by description, public key, key ID or address (Ctrl+F)</source>
        <translation>Nach Beschreibung, öffentlichem Schlüssel, Schlüssel-ID oder Adresse filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter API keys</source>
        <translation>API-Schlüssel filtern</translation>
    </message>
    <message>
        <source>Show keys with role</source>
        <translation>Schlüssel mit Rolle anzeigen</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Whitelist of the selected key</source>
        <translation>Whitelist des ausgewählten Schlüssels</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>Projektrollen</translation>
    </message>
    <message>
        <source>Projects the selected key is assigned to</source>
        <translation>Projekte, denen der ausgewählte Schlüssel zugewiesen ist</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Create key…</source>
        <translation>Schlüssel &amp;erstellen …</translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation>Schlüssel &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>Schlüssel &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Add whitelist entries…</source>
        <translation>Whitelist-Einträge &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Copy key &amp;ID</source>
        <translation>Schlüssel-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;public key</source>
        <translation>Ö&amp;ffentlichen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy a&amp;ddress</source>
        <translation>A&amp;dresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Invite key…</source>
        <translation>Schlüssel ein&amp;laden …</translation>
    </message>
    <message>
        <source>Change project &amp;roles…</source>
        <translation>P&amp;rojektrollen ändern …</translation>
    </message>
    <message>
        <source>&amp;Unassign from project…</source>
        <translation>Aus Projekt a&amp;bmelden …</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>No key selected.</source>
        <translation>Kein Schlüssel ausgewählt.</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Für diese Organisation ist noch nichts zwischengespeichert: Synchronisieren Sie sie (F5).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Public key &lt;code&gt;%2&lt;/code&gt; · Key ID &lt;code&gt;%3&lt;/code&gt; · Private key %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Öffentlicher Schlüssel &lt;code&gt;%2&lt;/code&gt; · Schlüssel-ID &lt;code&gt;%3&lt;/code&gt; · Privater Schlüssel %4</translation>
    </message>
    <message>
        <source>Whitelist not readable: %1</source>
        <translation>Whitelist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>This key has no whitelist: it may call from any address unless the organization requires a whitelist.</source>
        <translation>Dieser Schlüssel hat keine Whitelist: Er darf von jeder Adresse aus aufrufen, sofern die Organisation keine Whitelist verlangt.</translation>
    </message>
    <message>
        <source>Offline: changes need the server.</source>
        <translation>Offline: Änderungen brauchen den Server.</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change API keys.</source>
        <translation>Nur ein Schlüssel mit der Rolle Organization Owner kann API-Schlüssel ändern.</translation>
    </message>
    <message>
        <source>Saved the project roles of %1.</source>
        <translation>Projektrollen von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Unassign from project?</source>
        <translation>Aus dem Projekt abmelden?</translation>
    </message>
    <message>
        <source>Remove %1 from %2? The key stays in the organization with its other roles.</source>
        <translation>%1 aus %2 entfernen? Der Schlüssel bleibt mit seinen anderen Rollen in der Organisation.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Unassigned %1.</source>
        <translation>%1 abgemeldet.</translation>
    </message>
    <message>
        <source>Not unassigned. %1</source>
        <translation>Nicht abgemeldet. %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete API key?</source>
        <translation>API-Schlüssel löschen?</translation>
    </message>
    <message>
        <source>Delete the API key %1? Everything that uses it stops working at once; this cannot be undone.</source>
        <translation>Den API-Schlüssel %1 löschen? Alles, was ihn verwendet, funktioniert sofort nicht mehr; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>Nicht gelöscht. %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n whitelist entry(ies).</source>
        <translation>
            <numerusform>%n Whitelist-Eintrag hinzugefügt.</numerusform>
            <numerusform>%n Whitelist-Einträge hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the whitelist of %2?</source>
        <translation>%1 aus der Whitelist von %2 entfernen?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Pick an organization or project on the left to see its API keys.</source>
        <translation>Wählen Sie links eine Organisation oder ein Projekt, um dessen API-Schlüssel zu sehen.</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>&amp;Remove entries…</source>
        <translation>Einträge &amp;entfernen …</translation>
    </message>
    <message numerus="yes">
        <source>Whitelist (%n)</source>
        <translation>
            <numerusform>Whitelist (%n)</numerusform>
            <numerusform>Whitelist (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whitelist (not readable)</source>
        <translation>Whitelist (nicht lesbar)</translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projekte (%n)</numerusform>
            <numerusform>Projekte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the key this console is connected with. Deleting it locks this console out at once: every later request fails until you connect with another key (Connection → Edit this connection).</source>
        <translation>Mit diesem Schlüssel ist diese Konsole verbunden. Wird er gelöscht, sperrt sich die Konsole sofort aus: jede weitere Anfrage schlägt fehl, bis Sie sich mit einem anderen Schlüssel verbinden (Verbindung → Diese Verbindung bearbeiten).</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>Löschen und Konsole aussperren</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n entries from the whitelist of %1?</source>
        <translation>
            <numerusform>Diesen %n Eintrag aus der Whitelist von %1 entfernen?</numerusform>
            <numerusform>Diese %n Einträge aus der Whitelist von %1 entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the address this console calls from, is covered by %2.</source>
        <translation>%1, die Adresse, von der diese Konsole aufruft, wird von %2 abgedeckt.</translation>
    </message>
    <message>
        <source>This empties the whitelist: the key may then call from any address, or from none if the organization requires a whitelist.</source>
        <translation>Damit wird die Whitelist leer: Der Schlüssel darf dann von jeder Adresse aus aufrufen – oder von keiner, wenn die Organisation eine Whitelist verlangt.</translation>
    </message>
    <message>
        <source>Remove whitelist entries?</source>
        <translation>Whitelist-Einträge entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag entfernen</numerusform>
            <numerusform>%n Einträge entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Invited %1 to %2.</source>
        <translation>%1 wurde zu %2 eingeladen.</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Erstellt am %1 von %2</translation>
    </message>
    <message>
        <source>Whitelist and usage as read %1 (no event named this key since; a full sync reads it again)</source>
        <translation>Whitelist und Nutzung wie am %1 gelesen (seitdem nennt kein Ereignis diesen Schlüssel; eine vollständige Synchronisierung liest sie neu)</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n addresses to the clipboard, one per line.</source>
        <translation>
            <numerusform>%n Adresse in die Zwischenablage kopiert, eine pro Zeile.</numerusform>
            <numerusform>%n Adressen in die Zwischenablage kopiert, eine pro Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>To assign a key to a project, pick the project in the list on the left and use Invite key… (Ctrl+I) there: you choose the key and its roles in that project. Change project roles… and Unassign from project… are there too.</source>
        <translation>Um einen Schlüssel einem Projekt zuzuordnen, wählen Sie links das Projekt und dort „Schlüssel einladen…“ (Strg+I): Sie wählen den Schlüssel und seine Rollen in diesem Projekt. Auch „Projektrollen ändern…“ und „Aus Projekt entfernen…“ finden Sie dort.</translation>
    </message>
    <message>
        <source>%1 stays: this console calls from %2 with this key, the server refuses to remove the entry the caller uses, and without it the console would be locked out. To remove it, connect from another address or with another key.</source>
        <translation>%1 bleibt: Diese Konsole ruft mit diesem Schlüssel von %2 aus auf, der Server lehnt es ab, den Eintrag des Aufrufers zu entfernen, und ohne ihn wäre die Konsole ausgesperrt. Um ihn zu entfernen, verbinden Sie sich von einer anderen Adresse oder mit einem anderen Schlüssel.</translation>
    </message>
    <message>
        <source>This entry cannot be removed from here</source>
        <translation>Dieser Eintrag kann hier nicht entfernt werden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>R&amp;otate key…</source>
        <translation>R&amp;otieren…</translation>
    </message>
    <message>
        <source>A new key with this key&apos;s roles, projects and entries; then switch the clients and delete this one</source>
        <translation>Ein neuer Schlüssel mit den Rollen, Projekten und Einträgen dieses Schlüssels; dann die Clients umstellen und diesen löschen</translation>
    </message>
    <message>
        <source>R&amp;otation…</source>
        <translation>R&amp;otation…</translation>
    </message>
    <message>
        <source>Rotated: the old key %1 is deleted; %2 takes its place.</source>
        <translation>Rotiert: Der alte Schlüssel %1 ist gelöscht; %2 tritt an seine Stelle.</translation>
    </message>
    <message>
        <source>Rotation of %1 cancelled; the new key %2 is deleted.</source>
        <translation>Rotation von %1 abgebrochen; der neue Schlüssel %2 ist gelöscht.</translation>
    </message>
</context>
<context>
    <name>CacheAccess</name>
    <message>
        <source>the cache could not be opened</source>
        <translation>der Cache konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the team store does not answer</source>
        <translation>der Team-Speicher antwortet nicht</translation>
    </message>
    <message>
        <source>%1; it could not be kept on this computer either (%2)</source>
        <translation>%1; auch auf diesem Computer konnte es nicht aufbewahrt werden (%2)</translation>
    </message>
    <message>
        <source>the team store did not take it (%1); it is kept on this computer and written to the store as soon as it answers</source>
        <translation>der Team-Speicher hat es nicht angenommen (%1); es wird auf diesem Computer aufbewahrt und in den Speicher geschrieben, sobald er antwortet</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cannot create the cache file %1.</source>
        <translation>Die Cache-Datei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation>Der Cache %1 ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The offline cache was damaged. It was set aside as %1 and a new, empty cache was created; the next sync fills it again.</source>
        <translation>Der Offline-Cache war beschädigt. Er wurde als %1 beiseitegelegt und ein neuer, leerer Cache angelegt; die nächste Synchronisierung füllt ihn wieder.</translation>
    </message>
    <message>
        <source>Cannot read the cache&apos;s schema version.</source>
        <translation>Die Schemaversion des Caches kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Updating the cache to schema %1 failed: %2</source>
        <translation>Die Aktualisierung des Caches auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The store was updated by a newer version of the console (schema %1; this one knows %2): it is shown read-only. Update the console to write to it.</source>
        <translation>Der Speicher wurde von einer neueren Version der Konsole aktualisiert (Schema %1; diese kennt %2): Er wird schreibgeschützt angezeigt. Aktualisieren Sie die Konsole, um in ihn zu schreiben.</translation>
    </message>
    <message>
        <source>This console has no PostgreSQL driver (Debian package libqt6sql6-psql).</source>
        <translation>Dieser Konsole fehlt der PostgreSQL-Treiber (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL store %1: %2</source>
        <translation>Der PostgreSQL-Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database role %1 may only read this store (an auditor&apos;s role): the console shows its history and notes and changes nothing in it.</source>
        <translation>Die Datenbankrolle %1 darf diesen Speicher nur lesen (eine Prüferrolle): Die Konsole zeigt Verlauf und Notizen und ändert darin nichts.</translation>
    </message>
    <message>
        <source>Cannot lock the store to update its schema: %1</source>
        <translation>Der Speicher kann zum Aktualisieren seines Schemas nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s schema version.</source>
        <translation>Die Schemaversion des Speichers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Updating the store to schema %1 failed: %2</source>
        <translation>Die Aktualisierung des Speichers auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>A global key has no list of its own: the global access list covers it.</source>
        <translation>Ein globaler Schlüssel hat keine eigene Liste: die globale Zugriffsliste gilt für ihn.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The name cannot contain “/” or “\”.</source>
        <translation>Der Name darf weder „/“ noch „\“ enthalten.</translation>
    </message>
    <message>
        <source>Enter the API key&apos;s public key.</source>
        <translation>Geben Sie den öffentlichen Schlüssel des API-Schlüssels ein.</translation>
    </message>
    <message>
        <source>“%1” does not look like a public key.</source>
        <translation>„%1“ sieht nicht wie ein öffentlicher Schlüssel aus.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port.</source>
        <translation>Geben Sie Host und Port des Proxys ein.</translation>
    </message>
    <message>
        <source>Enter the private key (it was shown once, when the key was created).</source>
        <translation>Geben Sie den privaten Schlüssel ein (er wurde einmal angezeigt, als der Schlüssel erstellt wurde).</translation>
    </message>
    <message>
        <source>This does not look like a private key: it has no spaces and is about 36 characters long.</source>
        <translation>Das sieht nicht wie ein privater Schlüssel aus: Er hat keine Leerzeichen und ist etwa 36 Zeichen lang.</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client ID.</source>
        <translation>Geben Sie die Client-ID des Dienstkontos ein.</translation>
    </message>
    <message>
        <source>“%1” is not a client ID: it is mdb_sa_id_ followed by 24 hexadecimal digits.</source>
        <translation>„%1“ ist keine Client-ID: Sie besteht aus mdb_sa_id_ und 24 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Enter the client secret (it was shown once, when the secret was created).</source>
        <translation>Geben Sie das Client-Geheimnis ein (es wurde einmal angezeigt, als es erstellt wurde).</translation>
    </message>
    <message>
        <source>This does not look like a client secret: it starts with mdb_sa_sk_ and has no spaces.</source>
        <translation>Das sieht nicht wie ein Client-Geheimnis aus: Es beginnt mit mdb_sa_sk_ und hat keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Give a PostgreSQL database as postgresql://USER@HOST/DATABASE, or leave it empty to keep the history on this computer.</source>
        <translation>Geben Sie eine PostgreSQL-Datenbank als postgresql://USER@HOST/DATABASE an, oder lassen Sie das Feld leer, um den Verlauf auf diesem Computer zu behalten.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Enter the server address, as you type it in a browser.</source>
        <translation>Geben Sie die Serveradresse so ein, wie Sie sie im Browser eingeben.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; type it as in a browser, e.g. https://opsmanager.example.com:8443.</source>
        <translation>„%1“ ist keine Serveradresse; geben Sie sie wie im Browser ein, z. B. https://opsmanager.example.com:8443.</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address, not %1://.</source>
        <translation>Verwenden Sie eine http://- oder https://-Adresse, nicht %1://.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; the API key goes in its own fields.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Adresse; der API-Schlüssel gehört in seine eigenen Felder.</translation>
    </message>
    <message>
        <source>This connection uses http:// to %1: requests, answers and the key&apos;s digest travel unencrypted. Use https:// unless the network path is trusted.</source>
        <translation>Diese Verbindung verwendet http:// zu %1: Anfragen, Antworten und der Digest des Schlüssels gehen unverschlüsselt über das Netz. Verwenden Sie https://, sofern der Netzweg nicht vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>The server address is %1 characters long; check what was pasted (an address has at most 2,048).</source>
        <translation>Die Serveradresse ist %1 Zeichen lang; prüfen Sie, was eingefügt wurde (eine Adresse hat höchstens 2.048).</translation>
    </message>
    <message>
        <source>The server address contains an invisible character (U+%1); type it again instead of pasting it.</source>
        <translation>Die Serveradresse enthält ein unsichtbares Zeichen (U+%1); tippen Sie sie neu, statt sie einzufügen.</translation>
    </message>
    <message>
        <source>The web console page is %1 characters long; at most 2048.</source>
        <translation>Die Web-Konsolen-Seite ist %1 Zeichen lang; höchstens 2048.</translation>
    </message>
    <message>
        <source>The web console page needs {orgId} where the organization&apos;s ID goes, as in %1.</source>
        <translation>Die Web-Konsolen-Seite braucht {orgId} an der Stelle der Organisations-ID, wie in %1.</translation>
    </message>
    <message>
        <source>The web console page starts with {server}, https:// or http://.</source>
        <translation>Die Web-Konsolen-Seite beginnt mit {server}, https:// oder http://.</translation>
    </message>
    <message>
        <source>The web console page is not an address: %1</source>
        <translation>Die Web-Konsolen-Seite ist keine Adresse: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>Something answered, but it is not the Ops Manager or Cloud Manager Public API (HTTP %1). Check the server address: it is the one you open in a browser.</source>
        <translation>Etwas hat geantwortet, aber es ist nicht die Public API von Ops Manager oder Cloud Manager (HTTP %1). Prüfen Sie die Serveradresse: Es ist die, die Sie im Browser öffnen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1; the key sees %n organization(s).</source>
        <translation>
            <numerusform>Verbunden mit %1; der Schlüssel sieht %n Organisation.</numerusform>
            <numerusform>Verbunden mit %1; der Schlüssel sieht %n Organisationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 with a token of the service account; it sees %n organization(s).</source>
        <translation>
            <numerusform>Mit %1 über ein Token des Dienstkontos verbunden; es sieht %n Organisation.</numerusform>
            <numerusform>Mit %1 über ein Token des Dienstkontos verbunden; es sieht %n Organisationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server answers the Atlas Administration API v2, not the Public API v1.0: the API is now set to Atlas; test again.</source>
        <translation>Dieser Server beantwortet die Atlas Administration API v2, nicht die Public API v1.0: Die API ist jetzt auf Atlas gestellt; testen Sie erneut.</translation>
    </message>
    <message>
        <source>This server answers the Public API v1.0 (Ops Manager or Cloud Manager), not the Atlas Administration API v2: the API is now set to it; test again.</source>
        <translation>Dieser Server beantwortet die Public API v1.0 (Ops Manager oder Cloud Manager), nicht die Atlas Administration API v2: Die API ist jetzt darauf gestellt; testen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Demo server (offline)</source>
        <translation>Demo-Server (offline)</translation>
    </message>
    <message>
        <source>The local demo server could not start: %1</source>
        <translation>Der lokale Demo-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>The private key of “%1” is not in the system keyring.</source>
        <translation>Der private Schlüssel von „%1“ ist nicht im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Private key for “%1”</source>
        <translation>Privater Schlüssel für „%1“</translation>
    </message>
    <message>
        <source>%1
Type the private key of %2 to connect, or cancel to review the cached data offline.</source>
        <translation>%1
Geben Sie den privaten Schlüssel von %2 ein, um zu verbinden, oder brechen Sie ab, um die zwischengespeicherten Daten offline anzusehen.</translation>
    </message>
    <message>
        <source>No private key: “%1” is shown from the cache only.</source>
        <translation>Kein privater Schlüssel: „%1“ wird nur aus dem Cache angezeigt.</translation>
    </message>
    <message>
        <source>%1 — %2 (offline)</source>
        <translation>%1 — %2 (offline)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its private key is removed from the system keyring. The data cached for offline review stays on this computer.</source>
        <translation>Die Verbindung „%1“ entfernen? Ihr privater Schlüssel wird aus dem Schlüsselbund des Systems entfernt. Die für die Offline-Prüfung zwischengespeicherten Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Demo server (local, made-up data)</source>
        <translation>Demo-Server (lokal, erfundene Daten)</translation>
    </message>
    <message>
        <source>Reading the private key from the system keyring…</source>
        <translation>Der private Schlüssel wird aus dem Schlüsselbund des Systems gelesen …</translation>
    </message>
    <message>
        <source>The private key of “%1” (public key %2) is kept in memory for this session only, because the system keyring could not be used. It is forgotten when the console closes and asked for at the next start. To keep it, start a keyring (GNOME Keyring or KWallet) and save the connection again: Connection → Edit this connection.</source>
        <translation>Der private Schlüssel von „%1“ (öffentlicher Schlüssel %2) wird nur für diese Sitzung im Speicher gehalten, weil der Schlüsselbund des Systems nicht verfügbar war. Beim Schließen wird er vergessen und beim nächsten Start erneut abgefragt. Um ihn zu behalten, starten Sie einen Schlüsselbund (GNOME Keyring oder KWallet) und speichern Sie die Verbindung erneut: Verbindung → Diese Verbindung bearbeiten.</translation>
    </message>
    <message>
        <source>Saved “%1”: connected with the new settings.</source>
        <translation>„%1“ gespeichert: mit den neuen Einstellungen verbunden.</translation>
    </message>
    <message>
        <source>The client secret of “%1” is not in the system keyring.</source>
        <translation>Das Client-Geheimnis von „%1“ ist nicht im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Client secret for “%1”</source>
        <translation>Client-Geheimnis für „%1“</translation>
    </message>
    <message>
        <source>%1
Type the client secret of service account %2 to connect, or cancel to review the cached data offline.</source>
        <translation>%1
Geben Sie das Client-Geheimnis des Dienstkontos %2 ein, um sich zu verbinden, oder brechen Sie ab, um die zwischengespeicherten Daten offline zu prüfen.</translation>
    </message>
    <message>
        <source>Atlas demo server (offline)</source>
        <translation>Atlas-Demoserver (offline)</translation>
    </message>
    <message>
        <source>Atlas demo server (local, made-up data)</source>
        <translation>Atlas-Demoserver (lokal, erfundene Daten)</translation>
    </message>
</context>
<context>
    <name>ContextModel</name>
    <message>
        <source>Organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Ops-Manager-Instanz</translation>
    </message>
    <message>
        <source>The whole Ops Manager instance: its global API keys and its global access list</source>
        <translation>Die ganze Ops-Manager-Instanz: ihre globalen API-Schlüssel und ihre globale Zugriffsliste</translation>
    </message>
</context>
<context>
    <name>ContextPicker</name>
    <message>
        <source>Find an organization or project</source>
        <translation>Organisation/Projekt suchen</translation>
    </message>
    <message>
        <source>Organizations and projects</source>
        <translation>Organisationen und Projekte</translation>
    </message>
    <message>
        <source>Pick the organization or project to work on</source>
        <translation>Wählen Sie die Organisation oder das Projekt, an dem Sie arbeiten</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>I have copied the private key and stored it safely</source>
        <translation>Ich habe den privaten Schlüssel kopiert und sicher verwahrt</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Create API key for this project</source>
        <translation>API-Schlüssel für dieses Projekt erstellen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “CI deploys for billing-prod”</source>
        <translation>Wofür der Schlüssel ist, z. B. „CI-Deployments für billing-prod“</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Organization roles:</source>
        <translation>Organisationsrollen:</translation>
    </message>
    <message>
        <source>Project roles:</source>
        <translation>Projektrollen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the private key now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it can call the API with this key&apos;s roles.</source>
        <translation>&lt;b&gt;Kopieren Sie den privaten Schlüssel jetzt.&lt;/b&gt; Der Server zeigt ihn nur dieses eine Mal; er kann nicht erneut angezeigt werden. Wer ihn hat, kann die API mit den Rollen dieses Schlüssels aufrufen.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Whitelist entries to add now (optional):</source>
        <translation>Jetzt hinzuzufügende Whitelist-Einträge (optional):</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 of 250 characters</source>
        <translation>%1 von 250 Zeichen</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>Copy the private key and tick the box first: it cannot be shown again.</source>
        <translation>Kopieren Sie zuerst den privaten Schlüssel und setzen Sie das Häkchen: Er kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation>&amp;Beide kopieren</translation>
    </message>
    <message>
        <source>The public and the private key, one per line: a client needs both.</source>
        <translation>Der öffentliche und der private Schlüssel, je eine Zeile: Ein Client braucht beide.</translation>
    </message>
    <message>
        <source>Public key: %1
Private key: %2</source>
        <translation>Öffentlicher Schlüssel: %1
Privater Schlüssel: %2</translation>
    </message>
    <message>
        <source>Create global API key</source>
        <translation>Globalen API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Global roles:</source>
        <translation>Globale Rollen:</translation>
    </message>
    <message>
        <source>A global key has no access list of its own: the instance accepts it from the addresses on the global access list. Add its clients&apos; addresses there.</source>
        <translation>Ein globaler Schlüssel hat keine eigene Zugriffsliste: die Instanz nimmt ihn von den Adressen der globalen Zugriffsliste an. Tragen Sie die Adressen seiner Clients dort ein.</translation>
    </message>
</context>
<context>
    <name>EditKeyDialog</name>
    <message>
        <source>Edit API key %1</source>
        <translation>API-Schlüssel %1 bearbeiten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Organization roles (the list replaces the key&apos;s roles as a whole):</source>
        <translation>Organisationsrollen (die Liste ersetzt die Rollen des Schlüssels als Ganzes):</translation>
    </message>
    <message>
        <source>No role will be removed.</source>
        <translation>Keine Rolle wird entfernt.</translation>
    </message>
    <message>
        <source>These roles will be removed: %1</source>
        <translation>Diese Rollen werden entfernt: %1</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>This console is connected with this key: without Organization Owner it can no longer change API keys or the organization&apos;s setting, and cannot give the role back.</source>
        <translation>Diese Konsole ist mit diesem Schlüssel verbunden: Ohne Organization Owner kann sie weder API-Schlüssel noch die Einstellung der Organisation ändern und die Rolle auch nicht zurückgeben.</translation>
    </message>
    <message>
        <source>This console is connected with this key: without Global Owner it can no longer change the global API keys or the global access list, and cannot give the role back.</source>
        <translation>Diese Konsole ist mit diesem Schlüssel verbunden: ohne Global Owner kann sie die globalen API-Schlüssel und die globale Zugriffsliste nicht mehr ändern und die Rolle nicht zurückgeben.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Der Name hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <source>One address or CIDR block per line, e.g.
192.0.2.15
198.51.100.0/24
2001:db8::/48</source>
        <translation>Eine Adresse oder ein CIDR-Block pro Zeile, z. B.
192.0.2.15
198.51.100.0/24
2001:db8::/48</translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation>Whitelist-Einträge</translation>
    </message>
    <message>
        <source>Validation of the entries</source>
        <translation>Prüfung der Einträge</translation>
    </message>
    <message>
        <source>Add the address the server sees me from (%1)</source>
        <translation>Die Adresse hinzufügen, unter der mich der Server sieht (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) to add</source>
        <translation>
            <numerusform>%n Eintrag zum Hinzufügen</numerusform>
            <numerusform>%n Einträge zum Hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n zu korrigieren</numerusform>
            <numerusform>%n zu korrigieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryBatch</name>
    <message>
        <source>%1 allows every address of its family.</source>
        <translation>%1 erlaubt jede Adresse seiner Familie.</translation>
    </message>
    <message>
        <source>Already covered by %1 on the whitelist.</source>
        <translation>Bereits abgedeckt durch %1 auf der Whitelist.</translation>
    </message>
    <message>
        <source>Already covered by %1 above.</source>
        <translation>Bereits abgedeckt durch %1 weiter oben.</translation>
    </message>
    <message>
        <source>%1 is a very broad block (%2 addresses): hardly narrower than no whitelist.</source>
        <translation>%1 ist ein sehr weiter Block (%2 Adressen): kaum enger als gar keine Whitelist.</translation>
    </message>
    <message>
        <source>%1 is a broad block (%2 addresses).</source>
        <translation>%1 ist ein weiter Block (%2 Adressen).</translation>
    </message>
    <message>
        <source>%1 is listed twice: added once.</source>
        <translation>%1 steht zweimal in der Liste: wird einmal hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is already on the whitelist: skipped.</source>
        <translation>%1 steht bereits auf der Whitelist: übersprungen.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>API access report: %1</source>
        <translation>API-Zugriffsbericht: %1</translation>
    </message>
    <message>
        <source>Organization `%1`, snapshot %2 taken %3.</source>
        <translation>Organisation `%1`, Snapshot %2 vom %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API: %1</source>
        <translation>IP-Whitelist für die Public API verlangen: %1</translation>
    </message>
    <message>
        <source>API keys: %1</source>
        <translation>API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Whitelist entries: %1</source>
        <translation>Whitelist-Einträge: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation>Whitelist-Einträge</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Adresse oder CIDR</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation>Zuletzt verwendet von</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Organization %1, snapshot %2 taken %3.</source>
        <translation>Organisation %1, Snapshot %2 vom %3.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Keine Ereignisse.</translation>
    </message>
    <message>
        <source>The organization&apos;s events were not read.</source>
        <translation>Die Ereignisse der Organisation wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Service accounts: %1</source>
        <translation>Dienstkonten: %1</translation>
    </message>
    <message>
        <source>%1 (%2 live, next expires %3)</source>
        <translation>%1 (%2 gültig, das nächste läuft am %3 ab)</translation>
    </message>
    <message>
        <source>%1 (none live)</source>
        <translation>%1 (keines gültig)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>Zugriffsliste</translation>
    </message>
    <message>
        <source>Ops Manager instance: global API keys and the global access list</source>
        <translation>Ops-Manager-Instanz: globale API-Schlüssel und die globale Zugriffsliste</translation>
    </message>
    <message>
        <source>Global API keys: %1</source>
        <translation>Globale API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Global access list entries: %1</source>
        <translation>Einträge der globalen Zugriffsliste: %1</translation>
    </message>
    <message>
        <source>Global access list: not readable (%1)</source>
        <translation>Globale Zugriffsliste: nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation>Globale Zugriffsliste</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Empty.</source>
        <translation>Leer.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Kennung</translation>
    </message>
</context>
<context>
    <name>FallbackSecretStore</name>
    <message>
        <source>The system keyring is not available (%1): the private key is kept for this session only and you will be asked for it next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1): Der private Schlüssel wird nur für diese Sitzung behalten, und Sie werden beim nächsten Mal danach gefragt.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>%1 is an Organization Owner: it can change every key and the organization&apos;s settings.</source>
        <translation>%1 ist Organization Owner: Er kann jeden Schlüssel und die Einstellungen der Organisation ändern.</translation>
    </message>
    <message>
        <source>%1 is only an Organization Member and is assigned to no project: it can do very little.</source>
        <translation>%1 ist nur Organization Member und keinem Projekt zugewiesen: Er kann sehr wenig tun.</translation>
    </message>
    <message>
        <source>The whitelist of %1 could not be read: %2</source>
        <translation>Die Whitelist von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no whitelist; the organization requires one, so the key cannot be used at all.</source>
        <translation>%1 hat keine Whitelist; die Organisation verlangt eine, daher ist der Schlüssel gar nicht verwendbar.</translation>
    </message>
    <message>
        <source>%1 has no whitelist: it can call the API from any address.</source>
        <translation>%1 hat keine Whitelist: Er kann die API von jeder Adresse aus aufrufen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has never been used from any of its %n whitelist entries.</source>
        <translation>
            <numerusform>%1 wurde noch nie über seinen %n Whitelist-Eintrag verwendet.</numerusform>
            <numerusform>%1 wurde noch nie über einen seiner %n Whitelist-Einträge verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last used %2 days ago (more than %3).</source>
        <translation>%1 wurde zuletzt vor %2 Tagen verwendet (mehr als %3).</translation>
    </message>
    <message>
        <source>%1 on %2 has never been used.</source>
        <translation>%1 auf %2 wurde noch nie verwendet.</translation>
    </message>
    <message>
        <source>%1 is listed twice on %2.</source>
        <translation>%1 steht doppelt auf %2.</translation>
    </message>
    <message>
        <source>%1 on %2 is already covered by %3.</source>
        <translation>%1 auf %2 ist bereits durch %3 abgedeckt.</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>%1 on %2 is a very broad block (%3 addresses).</source>
        <translation>%1 auf %2 ist ein sehr weiter Block (%3 Adressen).</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API was turned off on %1 by %2%3.</source>
        <translation>„Require IP Whitelist for Public API“ wurde am %1 von %2%3 ausgeschaltet.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> von %1 aus</translation>
    </message>
    <message>
        <source>%1 (%2) changed a whitelist from %3 on %4, an address outside every entry of its own whitelist (%5).</source>
        <translation>%1 (%2) hat am %4 von %3 aus eine Whitelist geändert, einer Adresse außerhalb aller Einträge der eigenen Whitelist (%5).</translation>
    </message>
    <message>
        <source>%1 (%2) was created on %3 by %4, who is no longer a user of the organization: find who owns it now.</source>
        <translation>%1 (%2) wurde am %3 von %4 erstellt, der kein Benutzer der Organisation mehr ist: Klären Sie, wem der Schlüssel jetzt gehört.</translation>
    </message>
    <message>
        <source>%1 on %2 is a broad block (%3 addresses).</source>
        <translation>%1 auf %2 ist ein weiter Block (%3 Adressen).</translation>
    </message>
    <message>
        <source>Service account %1 (%2)</source>
        <translation>Dienstkonto %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no secret: nothing can sign in with it.</source>
        <translation>%1 hat kein Geheimnis: Niemand kann sich damit anmelden.</translation>
    </message>
    <message>
        <source>%1 has no unexpired secret: nothing can sign in with it until a new secret is added.</source>
        <translation>%1 hat kein unabgelaufenes Geheimnis: Niemand kann sich damit anmelden, bis ein neues Geheimnis hinzugefügt wird.</translation>
    </message>
    <message>
        <source>The secret %1 of %2 expired on %3 and is still in place: delete it.</source>
        <translation>Das Geheimnis %1 von %2 ist am %3 abgelaufen und noch vorhanden: Löschen Sie es.</translation>
    </message>
    <message numerus="yes">
        <source>The secret %1 of %2 expires on %3, in %n day(s): add a new secret and move its clients over.</source>
        <translation>
            <numerusform>Das Geheimnis %1 von %2 läuft am %3 ab, in %n Tag: Fügen Sie ein neues Geheimnis hinzu und stellen Sie die Clients um.</numerusform>
            <numerusform>Das Geheimnis %1 von %2 läuft am %3 ab, in %n Tagen: Fügen Sie ein neues Geheimnis hinzu und stellen Sie die Clients um.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret %1 of %2 (created %3) has never been used.</source>
        <translation>Das Geheimnis %1 von %2 (erstellt %3) wurde nie verwendet.</translation>
    </message>
    <message>
        <source>The access list of %1 could not be read: %2</source>
        <translation>Die Zugriffsliste von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no access list; the organization requires one, so its tokens work from no address.</source>
        <translation>%1 hat keine Zugriffsliste; die Organisation verlangt eine, daher funktionieren seine Tokens von keiner Adresse.</translation>
    </message>
    <message>
        <source>%1 has no access list: its tokens work from any address.</source>
        <translation>%1 hat keine Zugriffsliste: Seine Tokens funktionieren von jeder Adresse.</translation>
    </message>
    <message>
        <source>%1 (%2) is a Global Owner: it can change every organization, every key and the global access list.</source>
        <translation>%1 (%2) ist Global Owner: er kann jede Organisation, jeden Schlüssel und die globale Zugriffsliste ändern.</translation>
    </message>
    <message>
        <source>the global access list</source>
        <translation>der globalen Zugriffsliste</translation>
    </message>
    <message>
        <source>The global access list could not be read: %1</source>
        <translation>Die globale Zugriffsliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The global access list is empty while %n global key(s) exist: either no address may use them or any may (Ops Manager&apos;s documentation does not say which).</source>
        <translation>
            <numerusform>Die globale Zugriffsliste ist leer, während %n globaler Schlüssel existiert: entweder darf ihn keine Adresse benutzen oder jede (die Dokumentation von Ops Manager sagt nicht, welches).</numerusform>
            <numerusform>Die globale Zugriffsliste ist leer, während %n globale Schlüssel existieren: entweder darf sie keine Adresse benutzen oder jede (die Dokumentation von Ops Manager sagt nicht, welches).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rotation of %1 (%2) started %n day(s) ago and is not finished: %3.</source>
        <translation>
            <numerusform>Die Rotation von %1 (%2) begann vor %n Tag und ist nicht abgeschlossen: %3.</numerusform>
            <numerusform>Die Rotation von %1 (%2) begann vor %n Tagen und ist nicht abgeschlossen: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>switch the clients to %1, then finish it</source>
        <translation>stellen Sie die Clients auf %1 um, dann schließen Sie sie ab</translation>
    </message>
    <message>
        <source>resume it, or cancel it</source>
        <translation>setzen Sie sie fort oder brechen Sie sie ab</translation>
    </message>
    <message numerus="yes">
        <source>%1 was created %2, %n day(s) ago: due for rotation (every %3 days). Rotate… makes a new key with the same roles, projects and entries.</source>
        <translation>
            <numerusform>%1 wurde %2 erstellt, vor %n Tag: Rotation fällig (alle %3 Tage). Rotieren… erstellt einen neuen Schlüssel mit denselben Rollen, Projekten und Einträgen.</numerusform>
            <numerusform>%1 wurde %2 erstellt, vor %n Tagen: Rotation fällig (alle %3 Tage). Rotieren… erstellt einen neuen Schlüssel mit denselben Rollen, Projekten und Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last used from %2 (through %3), an address none of its entries holds: find out which client that is.</source>
        <translation>%1 wurde zuletzt von %2 verwendet (über %3), einer Adresse, die keiner seiner Einträge enthält: Finden Sie heraus, welcher Client das ist.</translation>
    </message>
</context>
<context>
    <name>GlobalAccessEntry</name>
    <message>
        <source>Enter a description: the server requires one (say whose address it is and why it may call).</source>
        <translation>Geben Sie eine Beschreibung ein: der Server verlangt eine (wessen Adresse es ist und warum sie aufrufen darf).</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Older snapshot</source>
        <translation>Älterer Snapshot</translation>
    </message>
    <message>
        <source>Newer snapshot</source>
        <translation>Neuerer Snapshot</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>change made here</source>
        <translation>hier vorgenommene Änderung</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Two syncs are needed to compare.</source>
        <translation>Zum Vergleichen sind zwei Synchronisierungen nötig.</translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation>Projekt %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation>Projekt %1 entfernt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>description: %1 → %2</source>
        <translation>Beschreibung: %1 → %2</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>assigned to project %1</source>
        <translation>dem Projekt %1 zugewiesen</translation>
    </message>
    <message>
        <source>unassigned from project %1</source>
        <translation>vom Projekt %1 abgemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) counted</source>
        <translation>
            <numerusform>%n Anfrage gezählt</numerusform>
            <numerusform>%n Anfragen gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) used for the first time</source>
        <translation>
            <numerusform>%n Eintrag zum ersten Mal verwendet</numerusform>
            <numerusform>%n Einträge zum ersten Mal verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>Die Stände werden gelesen…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API: %1 → %2.</source>
        <translation>„Require IP Whitelist for Public API“: %1 → %2.</translation>
    </message>
    <message>
        <source>T&amp;imeline:</source>
        <translation>&amp;Zeitleiste:</translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation>Zeitleiste filtern</translation>
    </message>
    <message>
        <source>Filter by key, kind (created, entry, roles, project, whitelist) or person</source>
        <translation>Nach Schlüssel, Art (created, entry, roles, project, whitelist) oder Person filtern</translation>
    </message>
    <message>
        <source>Timeline of server events and snapshots</source>
        <translation>Zeitleiste der Server-Ereignisse und Snapshots</translation>
    </message>
    <message>
        <source>incremental sync</source>
        <translation>inkrementelle Synchronisierung</translation>
    </message>
    <message>
        <source>Snapshot %1 stored (%2)</source>
        <translation>Snapshot %1 gespeichert (%2)</translation>
    </message>
    <message>
        <source>The organization&apos;s events could not be read: %1</source>
        <translation>Die Ereignisse der Organisation konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 is no longer kept: the cache keeps the most recent snapshots of each organization. Pick two that are listed.</source>
        <translation>Snapshot %1 wird nicht mehr aufbewahrt: Der Cache behält die neuesten Snapshots jeder Organisation. Wählen Sie zwei aufgeführte.</translation>
    </message>
    <message>
        <source>%1, unchanged until %2</source>
        <translation>%1, unverändert bis %2</translation>
    </message>
    <message>
        <source>no event since the one before</source>
        <translation>kein Ereignis seit dem vorigen</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) created</source>
        <translation>
            <numerusform>%n Schlüssel erstellt</numerusform>
            <numerusform>%n Schlüssel erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deleted</source>
        <translation>
            <numerusform>%n Schlüssel gelöscht</numerusform>
            <numerusform>%n Schlüssel gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>%n Eintrag hinzugefügt</numerusform>
            <numerusform>%n Einträge hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) removed</source>
        <translation>
            <numerusform>%n Eintrag entfernt</numerusform>
            <numerusform>%n Einträge entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n weitere Änderung</numerusform>
            <numerusform>%n weitere Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>Geheimnis %1</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>Dienstkonto %1</translation>
    </message>
    <message>
        <source>Global access list: %1 added</source>
        <translation>Globale Zugriffsliste: %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Global access list: %1 removed</source>
        <translation>Globale Zugriffsliste: %1 entfernt</translation>
    </message>
    <message>
        <source>Global access list: %1</source>
        <translation>Globale Zugriffsliste: %1</translation>
    </message>
</context>
<context>
    <name>InstancePage</name>
    <message>
        <source>What this connection may do</source>
        <translation>Was diese Verbindung darf</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;Globale API-Schlüssel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Create global key…</source>
        <translation>Globalen Schlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation>Schlüssel &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Its description and global roles</source>
        <translation>Seine Beschreibung und globalen Rollen</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>Schlüssel &amp;löschen …</translation>
    </message>
    <message>
        <source>Global API keys</source>
        <translation>Globale API-Schlüssel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentl. Schlüssel</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Global roles</source>
        <translation>Globale Rollen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global access list&lt;/b&gt; — the addresses from which the instance accepts calls made with a global key. Changes can take up to an hour to apply on the server.</source>
        <translation>&lt;b&gt;Globale Zugriffsliste&lt;/b&gt; — die Adressen, von denen die Instanz Aufrufe mit einem globalen Schlüssel annimmt. Änderungen können auf dem Server bis zu einer Stunde brauchen.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address, or CIDR block (203.0.113.0/24)</source>
        <translation>IPv4- oder IPv6-Adresse oder CIDR-Block (203.0.113.0/24)</translation>
    </message>
    <message>
        <source>&amp;My current address</source>
        <translation>&amp;Meine aktuelle Adresse</translation>
    </message>
    <message>
        <source>The address this computer uses to reach the server (behind NAT or a proxy the server sees another one)</source>
        <translation>Die Adresse, mit der dieser Computer den Server erreicht (hinter NAT oder einem Proxy sieht der Server eine andere)</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>Entry description</source>
        <translation>Beschreibung des Eintrags</translation>
    </message>
    <message>
        <source>Whose address it is and why it may call (required)</source>
        <translation>Wessen Adresse es ist und warum sie aufrufen darf (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Save description</source>
        <translation>Beschreibung &amp;speichern</translation>
    </message>
    <message>
        <source>Give the entry picked below this description</source>
        <translation>Dem unten gewählten Eintrag diese Beschreibung geben</translation>
    </message>
    <message>
        <source>&amp;Remove entry…</source>
        <translation>Eintrag ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Entry problem</source>
        <translation>Problem des Eintrags</translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation>Globale Zugriffsliste</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Nothing cached for the instance yet: sync it (F5).</source>
        <translation>Für die Instanz ist noch nichts zwischengespeichert: synchronisieren Sie sie (F5).</translation>
    </message>
    <message>
        <source>(this console)</source>
        <translation>(diese Konsole)</translation>
    </message>
    <message>
        <source>Key ID %1</source>
        <translation>Schlüssel-ID %1</translation>
    </message>
    <message>
        <source>Masked: the server shows it only once</source>
        <translation>Maskiert: der Server zeigt ihn nur einmal</translation>
    </message>
    <message>
        <source>Entry ID %1 (%2)</source>
        <translation>Eintrags-ID %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Globale API-Schlüssel&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt; — not readable: %1</source>
        <translation>&lt;b&gt;Globale API-Schlüssel&lt;/b&gt; — nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The global access list could not be read: %1</source>
        <translation>Die globale Zugriffsliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The global access list is empty: no address is allowed to call with a global key (Ops Manager&apos;s documentation does not say whether an empty list means none or any).</source>
        <translation>Die globale Zugriffsliste ist leer: keine Adresse darf mit einem globalen Schlüssel aufrufen (die Dokumentation von Ops Manager sagt nicht, ob eine leere Liste keine oder jede bedeutet).</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the instance as last synced. Changes are disabled.</source>
        <translation>Offline: die Instanz wie zuletzt synchronisiert. Änderungen sind deaktiviert.</translation>
    </message>
    <message>
        <source>This connection holds Global Owner: it may change the global keys and the global access list.</source>
        <translation>Diese Verbindung hat Global Owner: sie darf die globalen Schlüssel und die globale Zugriffsliste ändern.</translation>
    </message>
    <message>
        <source>Read only: changing global keys and the global access list needs Global Owner; this connection holds %1.</source>
        <translation>Nur lesend: globale Schlüssel und die globale Zugriffsliste zu ändern braucht Global Owner; diese Verbindung hat %1.</translation>
    </message>
    <message>
        <source>no global role</source>
        <translation>keine globale Rolle</translation>
    </message>
    <message>
        <source>Read only until the server says who this connection is.</source>
        <translation>Nur lesend, bis der Server sagt, wer diese Verbindung ist.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>%1 is already on the global access list (%2).</source>
        <translation>%1 steht bereits auf der globalen Zugriffsliste (%2).</translation>
    </message>
    <message>
        <source>%1 is a broad block: every global key could be used from any address in it.</source>
        <translation>%1 ist ein weiter Block: jeder globale Schlüssel könnte von jeder Adresse darin benutzt werden.</translation>
    </message>
    <message>
        <source>This computer (added from API Access Console)</source>
        <translation>Dieser Computer (aus API Access Console hinzugefügt)</translation>
    </message>
    <message>
        <source>Could not find this computer&apos;s address: %1</source>
        <translation>Die Adresse dieses Computers wurde nicht gefunden: %1</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Created the global key %1 (%2). Add its clients&apos; addresses to the global access list below.</source>
        <translation>Globaler Schlüssel %1 (%2) erstellt. Tragen Sie die Adressen seiner Clients unten in die globale Zugriffsliste ein.</translation>
    </message>
    <message>
        <source>Edit global API key %1</source>
        <translation>Globalen API-Schlüssel %1 bearbeiten</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete the global API key %1? Every client using it is refused at once; this cannot be undone.</source>
        <translation>Den globalen API-Schlüssel %1 löschen? Jeder Client, der ihn benutzt, wird sofort abgewiesen; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>This console is connected with this key. Deleting it locks this console out at once: connect with another key to go on.</source>
        <translation>Diese Konsole ist mit diesem Schlüssel verbunden. Ihn zu löschen sperrt diese Konsole sofort aus: verbinden Sie sich mit einem anderen Schlüssel, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Delete global key?</source>
        <translation>Globalen Schlüssel löschen?</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>Löschen und Konsole aussperren</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>Nicht gelöscht. %1</translation>
    </message>
    <message>
        <source>%1 was not added. %2</source>
        <translation>%1 wurde nicht hinzugefügt. %2</translation>
    </message>
    <message>
        <source>Added %1 to the global access list. The server may take up to an hour to apply it.</source>
        <translation>%1 zur globalen Zugriffsliste hinzugefügt. Der Server kann bis zu einer Stunde brauchen, bis es gilt.</translation>
    </message>
    <message>
        <source>Saved the description of %1.</source>
        <translation>Beschreibung von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the global access list? Global keys are then refused from there.</source>
        <translation>%1 (%2) von der globalen Zugriffsliste entfernen? Globale Schlüssel werden von dort dann abgewiesen.</translation>
    </message>
    <message>
        <source>This console calls with a global key from %1, and no other entry covers it: once the server applies the change, it refuses this console.</source>
        <translation>Diese Konsole ruft mit einem globalen Schlüssel von %1 auf, und kein anderer Eintrag deckt das ab: sobald der Server die Änderung anwendet, weist er diese Konsole ab.</translation>
    </message>
    <message>
        <source>This console calls with a global key; use “My current address” first to have it check that this entry is not the one letting it in.</source>
        <translation>Diese Konsole ruft mit einem globalen Schlüssel auf; prüfen Sie zuerst mit „Meine aktuelle Adresse“, dass nicht dieser Eintrag sie hereinlässt.</translation>
    </message>
    <message>
        <source>It is the last entry: no address will be on the global access list.</source>
        <translation>Es ist der letzte Eintrag: danach steht keine Adresse mehr auf der globalen Zugriffsliste.</translation>
    </message>
    <message>
        <source>Remove global access list entry?</source>
        <translation>Eintrag der globalen Zugriffsliste entfernen?</translation>
    </message>
    <message>
        <source>Remove and lock this console out</source>
        <translation>Entfernen und diese Konsole aussperren</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Removed %1 from the global access list.</source>
        <translation>%1 von der globalen Zugriffsliste entfernt.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <translation>Nicht entfernt. %1</translation>
    </message>
    <message>
        <source>Add e&amp;ntry</source>
        <translation>Eintrag hi&amp;nzufügen</translation>
    </message>
</context>
<context>
    <name>IpBlock</name>
    <message>
        <source>“%1” is a hexadecimal number; write each part of an IPv4 address as a decimal number from 0 to 255.</source>
        <translation>„%1“ ist eine Hexadezimalzahl; schreiben Sie jeden Teil einer IPv4-Adresse als Dezimalzahl von 0 bis 255.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IPv4 address.</source>
        <translation>„%1“ ist in einer IPv4-Adresse nicht erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is a single number, not an address; write four parts such as 192.0.2.1.</source>
        <translation>„%1“ ist eine einzelne Zahl, keine Adresse; schreiben Sie vier Teile wie 192.0.2.1.</translation>
    </message>
    <message>
        <source>An IPv4 address has an empty part between dots.</source>
        <translation>Eine IPv4-Adresse hat einen leeren Teil zwischen zwei Punkten.</translation>
    </message>
    <message>
        <source>An IPv4 address has four parts separated by dots; this one has %1.</source>
        <translation>Eine IPv4-Adresse hat vier durch Punkte getrennte Teile; diese hat %1.</translation>
    </message>
    <message>
        <source>“%1” has a leading zero, which some tools read as octal; write %2.</source>
        <translation>„%1“ hat eine führende Null, die manche Programme als Oktalzahl lesen; schreiben Sie %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 255, the largest value of each part of an IPv4 address.</source>
        <translation>%1 ist größer als 255, der größte Wert eines Teils einer IPv4-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IPv6 address.</source>
        <translation>„%1“ ist in einer IPv6-Adresse nicht erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Enter an IP address or a CIDR block.</source>
        <translation>Geben Sie eine IP-Adresse oder einen CIDR-Block ein.</translation>
    </message>
    <message>
        <source>Remove the space inside the address.</source>
        <translation>Entfernen Sie das Leerzeichen in der Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not one of the digits 0–9; type the address with plain digits.</source>
        <translation>„%1“ ist keine der Ziffern 0–9; geben Sie die Adresse mit einfachen Ziffern ein.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IP address.</source>
        <translation>„%1“ ist in einer IP-Adresse nicht erlaubt.</translation>
    </message>
    <message>
        <source>Use at most one “/” (address/prefix length).</source>
        <translation>Verwenden Sie höchstens ein „/“ (Adresse/Präfixlänge).</translation>
    </message>
    <message>
        <source>The address before “/” is missing.</source>
        <translation>Die Adresse vor „/“ fehlt.</translation>
    </message>
    <message>
        <source>Remove the “%1” sign before the address.</source>
        <translation>Entfernen Sie das Zeichen „%1“ vor der Adresse.</translation>
    </message>
    <message>
        <source>Zone IDs such as “%1” are not allowed; remove the part from “%”.</source>
        <translation>Zonen-IDs wie „%1“ sind nicht erlaubt; entfernen Sie den Teil ab „%“.</translation>
    </message>
    <message>
        <source>The prefix length after “/” is missing.</source>
        <translation>Die Präfixlänge nach „/“ fehlt.</translation>
    </message>
    <message>
        <source>Remove the “%1” sign from the prefix length.</source>
        <translation>Entfernen Sie das Zeichen „%1“ aus der Präfixlänge.</translation>
    </message>
    <message>
        <source>The prefix length after “/” must be a whole number from 0 to %1.</source>
        <translation>Die Präfixlänge nach „/“ muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>Write the prefix length without a leading zero (/%1).</source>
        <translation>Schreiben Sie die Präfixlänge ohne führende Null (/%1).</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv4: the prefix length is 0 to 32.</source>
        <translation>/%1 ist für IPv4 zu lang: Die Präfixlänge ist 0 bis 32.</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv6: the prefix length is 0 to 128.</source>
        <translation>/%1 ist für IPv6 zu lang: Die Präfixlänge ist 0 bis 128.</translation>
    </message>
    <message>
        <source>%1/%2 has host bits set; the block starts at %3. Did you mean %3?</source>
        <translation>In %1/%2 sind Host-Bits gesetzt; der Block beginnt bei %3. Meinten Sie %3?</translation>
    </message>
    <message>
        <source>This is %1 characters long; an IP address or CIDR block has at most 49. Check what was pasted.</source>
        <translation>Das sind %1 Zeichen; eine IP-Adresse oder ein CIDR-Block hat höchstens 49. Prüfen Sie, was eingefügt wurde.</translation>
    </message>
    <message>
        <source>The address contains an invisible character (U+%1); type it again instead of pasting it.</source>
        <translation>Die Adresse enthält ein unsichtbares Zeichen (U+%1); tippen Sie sie neu, statt sie einzufügen.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: a role has exactly one of orgId and groupId</source>
        <translation>%1: Eine Rolle hat genau eines von orgId und groupId</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1: Objekt erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1: Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1: %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO-8601 date</source>
        <translation>%1: „%2“ ist kein ISO-8601-Datum</translation>
    </message>
    <message>
        <source>%1: roles must be strings</source>
        <translation>%1: Rollen müssen Zeichenketten sein</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Key %1 is not in the organization as last synced: sync, then try again.</source>
        <translation>Schlüssel %1 ist nicht in der Organisation, wie sie zuletzt synchronisiert wurde: Synchronisieren Sie, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The access list of key %1 could not be read, so it cannot be copied: sync with an Organization Owner key first.</source>
        <translation>Die Zugriffsliste von Schlüssel %1 konnte nicht gelesen werden und kann daher nicht kopiert werden: Synchronisieren Sie zuerst mit einem Schlüssel mit „Organization Owner“.</translation>
    </message>
    <message>
        <source>Key %1 is already being rotated: resume or cancel that rotation.</source>
        <translation>Schlüssel %1 wird bereits rotiert: Setzen Sie diese Rotation fort oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>The new key needs at least one organization role.</source>
        <translation>Der neue Schlüssel braucht mindestens eine Organisationsrolle.</translation>
    </message>
    <message>
        <source>Creating the new key failed: %1 If the server made it anyway, resuming finds and removes it before creating another.</source>
        <translation>Das Erstellen des neuen Schlüssels ist fehlgeschlagen: %1 Hat der Server ihn dennoch angelegt, findet und entfernt ihn das Fortsetzen, bevor ein weiterer erstellt wird.</translation>
    </message>
    <message>
        <source>Reading the new key %1 back failed: %2</source>
        <translation>Das Zurücklesen des neuen Schlüssels %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading the access list of the new key %1 failed: %2</source>
        <translation>Das Lesen der Zugriffsliste des neuen Schlüssels %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>setting its organization roles</source>
        <translation>das Setzen seiner Organisationsrollen</translation>
    </message>
    <message>
        <source>adding it to project %1</source>
        <translation>das Hinzufügen zu Projekt %1</translation>
    </message>
    <message numerus="yes">
        <source>adding %n access-list entry(s)</source>
        <translation>
            <numerusform>das Hinzufügen von %n Zugriffslisteneintrag</numerusform>
            <numerusform>das Hinzufügen von %n Zugriffslisteneinträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>The new key %1 exists, but %2 failed: %3 Resume to copy what it still lacks (nothing is copied twice).</source>
        <translation>Der neue Schlüssel %1 existiert, aber %2 ist fehlgeschlagen: %3 Setzen Sie fort, um zu kopieren, was ihm noch fehlt (nichts wird doppelt kopiert).</translation>
    </message>
    <message>
        <source>The new key %1 differs from the plan: %2. Resume to copy what it lacks.</source>
        <translation>Der neue Schlüssel %1 weicht vom Plan ab: %2. Setzen Sie fort, um zu kopieren, was ihm fehlt.</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s keys failed: %1</source>
        <translation>Das Auflisten der Schlüssel der Organisation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>removing key %1, created by a request whose answer was lost</source>
        <translation>das Entfernen von Schlüssel %1, angelegt von einer Anfrage, deren Antwort verloren ging</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No rotation of key %1 is in progress.</source>
        <translation>Für Schlüssel %1 läuft keine Rotation.</translation>
    </message>
    <message>
        <source>The new key does not equal the plan yet (%1): resume the rotation first.</source>
        <translation>Der neue Schlüssel entspricht noch nicht dem Plan (%1): Setzen Sie zuerst die Rotation fort.</translation>
    </message>
    <message>
        <source>This console signs in with the old key %1: deleting it would lock the console out. Connect with the new key %2 first, then finish.</source>
        <translation>Diese Konsole meldet sich mit dem alten Schlüssel %1 an: Ihn zu löschen, würde die Konsole aussperren. Verbinden Sie sich zuerst mit dem neuen Schlüssel %2, dann abschließen.</translation>
    </message>
    <message>
        <source>Deleting the old key %1 failed: %2 Both keys exist; finish again.</source>
        <translation>Das Löschen des alten Schlüssels %1 ist fehlgeschlagen: %2 Beide Schlüssel existieren; schließen Sie erneut ab.</translation>
    </message>
    <message>
        <source>This console signs in with the new key %1: deleting it would lock the console out. Connect with another key first, then cancel.</source>
        <translation>Diese Konsole meldet sich mit dem neuen Schlüssel %1 an: Ihn zu löschen, würde die Konsole aussperren. Verbinden Sie sich zuerst mit einem anderen Schlüssel, dann abbrechen.</translation>
    </message>
    <message>
        <source>Deleting the new key %1 failed: %2 Cancel again.</source>
        <translation>Das Löschen des neuen Schlüssels %1 ist fehlgeschlagen: %2 Brechen Sie erneut ab.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keyring</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The system keyring refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>LockoutCheck</name>
    <message>
        <source>The key this console uses has an entry covering %1, the address the server last saw it call from.</source>
        <translation>Der Schlüssel dieser Konsole hat einen Eintrag, der %1 abdeckt, die Adresse, von der ihn der Server zuletzt aufrufen sah.</translation>
    </message>
    <message>
        <source>The key this console uses has no entry covering %1, the address the server last saw it call from: after the change this console would be refused. Add %1 to its whitelist first.</source>
        <translation>Der Schlüssel dieser Konsole hat keinen Eintrag, der %1 abdeckt, die Adresse, von der ihn der Server zuletzt aufrufen sah: Nach der Änderung würde diese Konsole abgewiesen. Fügen Sie zuerst %1 zu seiner Whitelist hinzu.</translation>
    </message>
    <message>
        <source>The key this console uses has no whitelist: after the change this console could not call the API any more, not even to undo it. Add your address to its whitelist first.</source>
        <translation>Der Schlüssel dieser Konsole hat keine Whitelist: Nach der Änderung könnte diese Konsole die API nicht mehr aufrufen, nicht einmal, um es rückgängig zu machen. Fügen Sie zuerst Ihre Adresse zu seiner Whitelist hinzu.</translation>
    </message>
    <message>
        <source>The server has not yet said which address it sees this console calling from, so it is not known whether the console&apos;s key stays usable.</source>
        <translation>Der Server hat noch nicht gemeldet, unter welcher Adresse er diese Konsole sieht; daher ist unbekannt, ob der Schlüssel der Konsole verwendbar bleibt.</translation>
    </message>
    <message>
        <source>The key this console uses is not one of this organization&apos;s API keys; check its whitelist separately.</source>
        <translation>Der Schlüssel dieser Konsole gehört nicht zu den API-Schlüsseln dieser Organisation; prüfen Sie seine Whitelist gesondert.</translation>
    </message>
    <message>
        <source>The service account this console signs in as has an access-list entry covering %1, the address the server last saw it call from.</source>
        <translation>Das Dienstkonto, mit dem sich diese Konsole anmeldet, hat einen Zugriffslisten-Eintrag, der %1 abdeckt, die Adresse, von der der Server es zuletzt aufrufen sah.</translation>
    </message>
    <message>
        <source>The service account this console signs in as has no access-list entry covering %1, the address the server last saw it call from: after the change its tokens would be refused here. Add %1 to its access list first.</source>
        <translation>Das Dienstkonto, mit dem sich diese Konsole anmeldet, hat keinen Zugriffslisten-Eintrag, der %1 abdeckt, die Adresse, von der der Server es zuletzt aufrufen sah: Nach der Änderung würden seine Tokens hier abgelehnt. Fügen Sie zuerst %1 seiner Zugriffsliste hinzu.</translation>
    </message>
    <message>
        <source>The service account this console signs in as has no access list: after the change this console could not call the API any more, not even to undo it. Add your address to its access list first.</source>
        <translation>Das Dienstkonto, mit dem sich diese Konsole anmeldet, hat keine Zugriffsliste: Nach der Änderung könnte diese Konsole die API nicht mehr aufrufen, nicht einmal, um es rückgängig zu machen. Fügen Sie zuerst Ihre Adresse seiner Zugriffsliste hinzu.</translation>
    </message>
    <message>
        <source>The server has not yet said which address it sees this console calling from, so it is not known whether the service account&apos;s tokens stay usable.</source>
        <translation>Der Server hat noch nicht gesagt, von welcher Adresse er diese Konsole aufrufen sieht, daher ist nicht bekannt, ob die Tokens des Dienstkontos nutzbar bleiben.</translation>
    </message>
</context>
<context>
    <name>LockoutDialog</name>
    <message>
        <source>Require a whitelist for %1?</source>
        <translation>Eine Whitelist für %1 verlangen?</translation>
    </message>
    <message>
        <source>Once this is on, every API key of %1 needs at least one whitelist entry, and every call must come from a listed address.</source>
        <translation>Sobald dies eingeschaltet ist, braucht jeder API-Schlüssel von %1 mindestens einen Whitelist-Eintrag, und jeder Aufruf muss von einer eingetragenen Adresse kommen.</translation>
    </message>
    <message>
        <source>Warning: this console would lock itself out.</source>
        <translation>Warnung: Diese Konsole würde sich selbst aussperren.</translation>
    </message>
    <message>
        <source>This console:</source>
        <translation>Diese Konsole:</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have no whitelist and will lose all API access:</source>
        <translation>
            <numerusform>%n Schlüssel hat keine Whitelist und verliert jeden API-Zugriff:</numerusform>
            <numerusform>%n Schlüssel haben keine Whitelist und verlieren jeden API-Zugriff:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation>
            <numerusform>%n Schlüssel hat Einträge, von denen keiner je verwendet wurde; er ruft vielleicht von anderswo auf:</numerusform>
            <numerusform>%n Schlüssel haben Einträge, von denen keiner je verwendet wurde; sie rufen vielleicht von anderswo auf:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have a whitelist this console may not read, so they could not be checked:</source>
        <translation>
            <numerusform>%n Schlüssel hat eine Whitelist, die diese Konsole nicht lesen darf, daher konnte er nicht geprüft werden:</numerusform>
            <numerusform>%n Schlüssel haben eine Whitelist, die diese Konsole nicht lesen darf, daher konnten sie nicht geprüft werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every key has a whitelist that has been used.</source>
        <translation>Jeder Schlüssel hat eine Whitelist, die bereits verwendet wurde.</translation>
    </message>
    <message>
        <source>Lock-out check</source>
        <translation>Aussperr-Prüfung</translation>
    </message>
    <message>
        <source>I have read this and want to require a whitelist</source>
        <translation>Ich habe das gelesen und möchte eine Whitelist verlangen</translation>
    </message>
    <message>
        <source>Require whitelist</source>
        <translation>Whitelist verlangen</translation>
    </message>
    <message>
        <source>Open the web console</source>
        <translation>Webkonsole öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have no access list: their tokens will stop working:</source>
        <translation>
            <numerusform>%n Dienstkonto hat keine Zugriffsliste: Seine Tokens werden nicht mehr funktionieren:</numerusform>
            <numerusform>%n Dienstkonten haben keine Zugriffsliste: Ihre Tokens werden nicht mehr funktionieren:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have access-list entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation>
            <numerusform>%n Dienstkonto hat Zugriffslisten-Einträge, von denen keiner je verwendet wurde; es ruft vielleicht von anderswo auf:</numerusform>
            <numerusform>%n Dienstkonten haben Zugriffslisten-Einträge, von denen keiner je verwendet wurde; sie rufen vielleicht von anderswo auf:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have an access list this console may not read, so they could not be checked:</source>
        <translation>
            <numerusform>%n Dienstkonto hat eine Zugriffsliste, die diese Konsole nicht lesen darf, daher konnte es nicht geprüft werden:</numerusform>
            <numerusform>%n Dienstkonten haben eine Zugriffsliste, die diese Konsole nicht lesen darf, daher konnten sie nicht geprüft werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API Access Console</source>
        <translation>API Access Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>API key in use</source>
        <translation>Verwendeter API-Schlüssel</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problem bei der Synchronisierung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The server this window talks to: the built-in demo or a saved connection</source>
        <translation>Der Server, mit dem dieses Fenster spricht: die eingebaute Demo oder eine gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung …</translation>
    </message>
    <message>
        <source>&amp;Edit this connection…</source>
        <translation>Diese Verbindung &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove this connection…</source>
        <translation>Diese Verbindung &amp;entfernen …</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Address check</source>
        <translation>&amp;Adressprüfung</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>My &amp;whitelist (personal API key)…</source>
        <translation>Meine &amp;Whitelist (persönlicher API-Schlüssel) …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export organization</source>
        <translation>Organisation exportieren</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md);;JSON (*.json);;CSV (*.csv)</source>
        <translation>PDF-Bericht (*.pdf);;HTML-Bericht (*.html);;Markdown-Bericht (*.md);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Key: %1 (%2)</source>
        <translation>Schlüssel: %1 (%2)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Demo-Server</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Working offline — showing the data as last synced (%1). Nothing is sent to the server and changes are disabled; switch to the connection again to go online.</source>
        <translation>Offline-Modus — die Daten werden wie zuletzt synchronisiert angezeigt (%1). Nichts wird an den Server gesendet und Änderungen sind gesperrt; wählen Sie die Verbindung erneut, um online zu gehen.</translation>
    </message>
    <message>
        <source>Offline — showing the data as last synced (%1). Changes are disabled until the server answers again; the console keeps trying.</source>
        <translation>Offline — die Daten werden wie zuletzt synchronisiert angezeigt (%1). Änderungen sind gesperrt, bis der Server wieder antwortet; die Konsole versucht es weiter.</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Für diese Organisation ist noch nichts zwischengespeichert: Synchronisieren Sie sie (F5).</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html, .md, .json or .csv.</source>
        <translation>Wählen Sie eine Datei mit der Endung .pdf, .html, .md, .json oder .csv.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Read every whitelist &amp;every</source>
        <translation>Alle Whitelists lesen &amp;alle</translation>
    </message>
    <message>
        <source>Sync &amp;Everything</source>
        <translation>&amp;Alles synchronisieren</translation>
    </message>
    <message>
        <source>Read every key&apos;s whitelist, not only those the organization&apos;s events name</source>
        <translation>Die Whitelist jedes Schlüssels lesen, nicht nur die der Schlüssel, die die Ereignisse nennen</translation>
    </message>
    <message>
        <source>&amp;Hour</source>
        <translation>&amp;Stunde</translation>
    </message>
    <message>
        <source>&amp;6 hours</source>
        <translation>&amp;6 Stunden</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Never (only when asked)</source>
        <translation>&amp;Nie (nur auf Wunsch)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message>
        <source>S&amp;ervice accounts</source>
        <translation>Dienst&amp;konten</translation>
    </message>
    <message>
        <source>&amp;Global keys</source>
        <translation>&amp;Globale Schlüssel</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Ops-Manager-Instanz</translation>
    </message>
    <message>
        <source>Demo server (Atlas)</source>
        <translation>Demoserver (Atlas)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Someone changed this note meanwhile; theirs is shown: “%1”. Yours was not saved: “%2” — edit the note again to replace theirs.</source>
        <translation>Jemand hat diese Notiz inzwischen geändert; angezeigt wird deren Fassung: „%1“. Ihre wurde nicht gespeichert: „%2“ – bearbeiten Sie die Notiz erneut, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Updated from the team store (written by %1).</source>
        <translation>Aus dem Team-Speicher aktualisiert (geschrieben von %1).</translation>
    </message>
    <message>
        <source>Last synced: %1 by %2</source>
        <translation>Zuletzt synchronisiert: %1 von %2</translation>
    </message>
    <message>
        <source>Review only — %1 Nothing is synced or changed from this console; the data is as the store holds it (%2).</source>
        <translation>Nur zur Durchsicht – %1 Von dieser Konsole wird nichts synchronisiert oder geändert; die Daten sind so, wie der Speicher sie hält (%2).</translation>
    </message>
    <message>
        <source>The team store answers again; everything kept meanwhile is written.</source>
        <translation>Der Team-Speicher antwortet wieder; alles zwischenzeitlich Aufbewahrte ist geschrieben.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>this session only (the key is forgotten when the console closes)</source>
        <translation>nur diese Sitzung (der Schlüssel wird beim Schließen der Konsole vergessen)</translation>
    </message>
</context>
<context>
    <name>NewSecretDialog</name>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The new secret expires after this many days</source>
        <translation>Das neue Geheimnis läuft nach so vielen Tagen ab</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>Geheimnis hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the secret now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it and the client ID can call the API with this account&apos;s roles.</source>
        <translation>&lt;b&gt;Kopieren Sie das Geheimnis jetzt.&lt;/b&gt; Der Server zeigt es nur dieses eine Mal; es kann nicht erneut angezeigt werden. Wer es und die Client-ID hat, kann die API mit den Rollen dieses Kontos aufrufen.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>I have copied the secret and stored it safely</source>
        <translation>Ich habe das Geheimnis kopiert und sicher abgelegt</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>New secret for %1</source>
        <translation>Neues Geheimnis für %1</translation>
    </message>
    <message>
        <source>A new secret for &lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;). Clients then sign in with the client ID and this secret.</source>
        <translation>Ein neues Geheimnis für &lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;). Clients melden sich dann mit der Client-ID und diesem Geheimnis an.</translation>
    </message>
    <message>
        <source>⚠ The secret %1 now expires on %2. Adding this one cuts it to seven days: it will expire on &lt;b&gt;%3&lt;/b&gt;. Move its clients to the new secret before then.</source>
        <translation>⚠ Das Geheimnis %1 läuft derzeit am %2 ab. Dieses hinzuzufügen kürzt es auf sieben Tage: Es läuft am &lt;b&gt;%3&lt;/b&gt; ab. Stellen Sie seine Clients vorher auf das neue Geheimnis um.</translation>
    </message>
    <message>
        <source>The secret %1 keeps its expiry, %2 (less than seven days away).</source>
        <translation>Das Geheimnis %1 behält sein Ablaufdatum, %2 (weniger als sieben Tage entfernt).</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Kopiert</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Es läuft am %1 ab.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What signs in with it, e.g. “ci-deployer”</source>
        <translation>Was sich damit anmeldet, z. B. „ci-deployer“</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>Organisationsrollen</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>New service account</source>
        <translation>Neues Dienstkonto</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>A service account signs in with its client ID and a secret (OAuth client credentials) instead of a key pair. Its secrets expire; it has its own access list.</source>
        <translation>Ein Dienstkonto meldet sich mit seiner Client-ID und einem Geheimnis an (OAuth-Client-Credentials) statt mit einem Schlüsselpaar. Seine Geheimnisse laufen ab; es hat eine eigene Zugriffsliste.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Der Name hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Say what the account is for: the server requires a description.</source>
        <translation>Sagen Sie, wofür das Konto ist: Der Server verlangt eine Beschreibung.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation>Die Beschreibung hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
</context>
<context>
    <name>OrgSettings</name>
    <message>
        <source>The setting has not been read from the server yet.</source>
        <translation>Die Einstellung wurde noch nicht vom Server gelesen.</translation>
    </message>
    <message>
        <source>The API key in use may not read the organization&apos;s settings.</source>
        <translation>Der verwendete API-Schlüssel darf die Einstellungen der Organisation nicht lesen.</translation>
    </message>
    <message>
        <source>The server accepted the change without saying the new value; the next sync reads it.</source>
        <translation>Der Server hat die Änderung angenommen, ohne den neuen Wert zu nennen; die nächste Synchronisierung liest ihn.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>On — the server refused a request with ORG_REQUIRES_ACCESS_LIST, which it does only while the requirement is on.</source>
        <translation>Ein — der Server hat eine Anfrage mit ORG_REQUIRES_ACCESS_LIST abgelehnt, was er nur tut, solange die Anforderung eingeschaltet ist.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2 aus</translation>
    </message>
    <message>
        <source>On since %1, turned on by %2 — from the organization&apos;s events.</source>
        <translation>Ein seit %1, eingeschaltet von %2 — laut den Ereignissen der Organisation.</translation>
    </message>
    <message>
        <source>Off since %1, turned off by %2 — from the organization&apos;s events.</source>
        <translation>Aus seit %1, ausgeschaltet von %2 — laut den Ereignissen der Organisation.</translation>
    </message>
    <message>
        <source>This server does not expose the setting through its API, and the organization&apos;s events name no change of it; see the organization&apos;s settings page in the web console.</source>
        <translation>Dieser Server stellt die Einstellung nicht über seine API bereit, und die Ereignisse der Organisation nennen keine Änderung; siehe die Einstellungsseite der Organisation in der Web-Konsole.</translation>
    </message>
</context>
<context>
    <name>OrgSettingsPage</name>
    <message>
        <source>Require IP Whitelist for Public API</source>
        <translation>IP-Whitelist für die Public API verlangen</translation>
    </message>
    <message>
        <source>Open in web console</source>
        <translation>In der Webkonsole öffnen</translation>
    </message>
    <message>
        <source>Whether every API key of this organization must have a whitelist</source>
        <translation>Ob jeder API-Schlüssel dieser Organisation eine Whitelist haben muss</translation>
    </message>
    <message>
        <source>When this is on, an API key can do nothing until it has at least one whitelist entry, and every call must come from a listed address. When it is off, a key with an empty whitelist may call every endpoint except those that explicitly require a whitelist; a key with entries may still only call from them.</source>
        <translation>Ist dies eingeschaltet, kann ein API-Schlüssel nichts tun, bis er mindestens einen Whitelist-Eintrag hat, und jeder Aufruf muss von einer eingetragenen Adresse kommen. Ist es ausgeschaltet, darf ein Schlüssel mit leerer Whitelist jeden Endpunkt aufrufen außer denen, die ausdrücklich eine Whitelist verlangen; ein Schlüssel mit Einträgen darf weiterhin nur von diesen aus aufrufen.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>On: every API key of this organization needs a whitelist.</source>
        <translation>Ein: Jeder API-Schlüssel dieser Organisation braucht eine Whitelist.</translation>
    </message>
    <message>
        <source>Off: keys without a whitelist may call from any address.</source>
        <translation>Aus: Schlüssel ohne Whitelist dürfen von jeder Adresse aus aufrufen.</translation>
    </message>
    <message>
        <source>Unknown. %1</source>
        <translation>Unbekannt. %1</translation>
    </message>
    <message>
        <source>Offline: the setting can be changed when the server is reachable again.</source>
        <translation>Offline: Die Einstellung kann geändert werden, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Checking which key this console uses…</source>
        <translation>Es wird geprüft, welchen Schlüssel diese Konsole verwendet …</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change this setting; the key in use is not one.</source>
        <translation>Nur ein Schlüssel mit der Rolle Organization Owner kann diese Einstellung ändern; der verwendete Schlüssel hat sie nicht.</translation>
    </message>
    <message>
        <source>Stop requiring a whitelist?</source>
        <translation>Keine Whitelist mehr verlangen?</translation>
    </message>
    <message>
        <source>API keys of %1 with an empty whitelist will be able to call the API from any address again. Keys that have entries still only work from them.</source>
        <translation>API-Schlüssel von %1 mit leerer Whitelist können die API dann wieder von jeder Adresse aus aufrufen. Schlüssel mit Einträgen funktionieren weiterhin nur von diesen aus.</translation>
    </message>
    <message>
        <source>Stop requiring</source>
        <translation>Nicht mehr verlangen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Not changed. %1</source>
        <translation>Nicht geändert. %1</translation>
    </message>
    <message>
        <source>Done: the server now requires a whitelist for every API key.</source>
        <translation>Erledigt: Der Server verlangt jetzt für jeden API-Schlüssel eine Whitelist.</translation>
    </message>
    <message>
        <source>Done: the server no longer requires a whitelist.</source>
        <translation>Erledigt: Der Server verlangt keine Whitelist mehr.</translation>
    </message>
    <message>
        <source>The server accepted the change but still reports the old value.</source>
        <translation>Der Server hat die Änderung angenommen, meldet aber noch den alten Wert.</translation>
    </message>
    <message>
        <source>Pick an organization on the left to see its settings.</source>
        <translation>Wählen Sie links eine Organisation, um ihre Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>The setting can only be changed in the web console; after the change there, sync (F5) to read the new value from the organization&apos;s events.</source>
        <translation>Die Einstellung kann nur in der Web-Konsole geändert werden; synchronisieren Sie danach (F5), um den neuen Wert aus den Ereignissen der Organisation zu lesen.</translation>
    </message>
    <message>
        <source>Opened the organization&apos;s settings page in the web console. After the change there, sync (F5): the change is read from the organization&apos;s events.</source>
        <translation>Die Einstellungsseite der Organisation in der Web-Konsole wurde geöffnet. Synchronisieren Sie nach der Änderung dort (F5): Die Änderung wird aus den Ereignissen der Organisation gelesen.</translation>
    </message>
    <message>
        <source>No browser could be opened. The settings page is at %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Die Einstellungsseite ist unter %1</translation>
    </message>
    <message>
        <source>The organization&apos;s other security settings</source>
        <translation>Die übrigen Sicherheitseinstellungen der Organisation</translation>
    </message>
    <message>
        <source>Require IP Access List for the Atlas Administration API</source>
        <translation>IP-Zugriffsliste für die Atlas Administration API verlangen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Multi-factor authentication required: %1</source>
        <translation>Mehrfaktor-Authentifizierung verlangt: %1</translation>
    </message>
    <message>
        <source>MongoDB employee access restricted: %1</source>
        <translation>Zugriff von MongoDB-Mitarbeitern eingeschränkt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Longest life of a new service-account secret: %n hour(s)</source>
        <translation>
            <numerusform>Längste Lebensdauer eines neuen Dienstkonto-Geheimnisses: %n Stunde</numerusform>
            <numerusform>Längste Lebensdauer eines neuen Dienstkonto-Geheimnisses: %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s))</source>
        <translation>
            <numerusform> (%n Tag)</numerusform>
            <numerusform> (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Other security settings of the organization (read-only here):</source>
        <translation>Weitere Sicherheitseinstellungen der Organisation (hier nur lesbar):</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change this setting. The key in use is %1 here: it may read the setting, not change it.</source>
        <translation>Nur ein Schlüssel mit „Organization Owner“ kann diese Einstellung ändern. Der verwendete Schlüssel hat hier %1: Er darf die Einstellung lesen, nicht ändern.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the file of unsaved writes %1 was written by a newer version of the console</source>
        <translation>die Datei der ungespeicherten Änderungen %1 wurde von einer neueren Version der Konsole geschrieben</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the kept snapshot cannot be read back (%1)</source>
        <translation>der aufbewahrte Snapshot kann nicht zurückgelesen werden (%1)</translation>
    </message>
    <message>
        <source>the kept rotation cannot be read back</source>
        <translation>die aufbewahrte Rotation kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>a kept write of a kind this console does not know (%1)</source>
        <translation>eine aufbewahrte Änderung einer Art, die diese Konsole nicht kennt (%1)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this profile</source>
        <translation>Diesem Zertifikat für dieses Profil &amp;vertrauen</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>https://opsmanager.example.com:8443</source>
        <translation>https://opsmanager.example.com:8443</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>for example abcdefgh</source>
        <translation>zum Beispiel abcdefgh</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keyring)</source>
        <translation>unverändert (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>shown once when the key was created</source>
        <translation>wird einmal beim Erstellen des Schlüssels angezeigt</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>optional: a PEM file for a private certificate authority</source>
        <translation>optional: eine PEM-Datei einer privaten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Ö&amp;ffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Pri&amp;vate key:</source>
        <translation>Pri&amp;vater Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>The server is the address you open in a browser. The private key goes to the system keyring, never to a file.</source>
        <translation>Der Server ist die Adresse, die Sie im Browser öffnen. Der private Schlüssel kommt in den Schlüsselbund des Systems, nie in eine Datei.</translation>
    </message>
    <message>
        <source>The name files this connection&apos;s cache; create a new connection to use another name.</source>
        <translation>Unter diesem Namen ist der Cache der Verbindung abgelegt; legen Sie für einen anderen Namen eine neue Verbindung an.</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Kopiert</translation>
    </message>
    <message>
        <source>Trusted certificate for this profile (SHA-256): %1</source>
        <translation>Für dieses Profil vertrautes Zertifikat (SHA-256): %1</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>Korrigieren Sie zuerst die oben markierten Felder.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet …</translation>
    </message>
    <message>
        <source>The private key could not be read from the keyring (%1): type it to test.</source>
        <translation>Der private Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden (%1): Geben Sie ihn zum Testen ein.</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>&amp;Copy address %1</source>
        <translation>Adresse %1 &amp;kopieren</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>Eine Verbindung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>The server or public key changed: type the private key again (%1).</source>
        <translation>Server oder öffentlicher Schlüssel wurden geändert: Geben Sie den privaten Schlüssel erneut ein (%1).</translation>
    </message>
    <message>
        <source>The private key could not be stored: %1</source>
        <translation>Der private Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No scheme was typed, so https was tried. If the server speaks plain http, type http://%1.</source>
        <translation>Es wurde kein Schema angegeben, daher wurde https versucht. Spricht der Server einfaches http, geben Sie http://%1 ein.</translation>
    </message>
    <message>
        <source>&amp;Web console page:</source>
        <translation>&amp;Web-Konsole:</translation>
    </message>
    <message>
        <source>Web console organization settings page</source>
        <translation>Einstellungsseite der Organisation in der Web-Konsole</translation>
    </message>
    <message>
        <source>Where the organization setting is changed when the server has no API for it: {server} is the server, {orgId} the organization</source>
        <translation>Wo die Organisationseinstellung geändert wird, wenn der Server keine API dafür hat: {server} ist der Server, {orgId} die Organisation</translation>
    </message>
    <message>
        <source>Discard this connection?</source>
        <translation>Diese Verbindung verwerfen?</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”? Nothing typed here is saved.</source>
        <translation>Die Änderungen an „%1“ verwerfen? Nichts hier Eingegebene wird gespeichert.</translation>
    </message>
    <message>
        <source>Discard the connection you typed? Nothing of it is saved.</source>
        <translation>Die eingegebene Verbindung verwerfen? Nichts davon wird gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Asking the system keyring for the private key… (it may ask you to unlock it)</source>
        <translation>Der Systemschlüsselbund wird nach dem privaten Schlüssel gefragt … (er fragt eventuell, ob Sie ihn entsperren)</translation>
    </message>
    <message>
        <source>Asking the system keyring to keep the private key… (it may ask you to unlock it)</source>
        <translation>Der Systemschlüsselbund wird gebeten, den privaten Schlüssel aufzubewahren … (er fragt eventuell, ob Sie ihn entsperren)</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;methode:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>API key (public and private key)</source>
        <translation>API-Schlüssel (öffentlicher und privater Schlüssel)</translation>
    </message>
    <message>
        <source>Service account (client ID and secret)</source>
        <translation>Dienstkonto (Client-ID und Geheimnis)</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>mdb_sa_id_ and 24 hexadecimal digits</source>
        <translation>mdb_sa_id_ und 24 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>mdb_sa_sk_…, shown once when the secret was created</source>
        <translation>mdb_sa_sk_…, einmal angezeigt, als das Geheimnis erstellt wurde</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keyring (%1): type it to test.</source>
        <translation>Das Client-Geheimnis konnte nicht aus dem Schlüsselbund gelesen werden (%1): Geben Sie es zum Testen ein.</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Which API the server is spoken to in</source>
        <translation>In welcher API mit dem Server gesprochen wird</translation>
    </message>
    <message>
        <source>Ops Manager / Cloud Manager (Public API v1.0)</source>
        <translation>Ops Manager / Cloud Manager (Public API v1.0)</translation>
    </message>
    <message>
        <source>Atlas (Administration API v2)</source>
        <translation>Atlas (Administration API v2)</translation>
    </message>
    <message>
        <source>History store</source>
        <translation>Verlaufsablage</translation>
    </message>
    <message>
        <source>This computer — or a team&apos;s postgresql://user@host/database</source>
        <translation>Dieser Computer – oder postgresql://user@host/database eines Teams</translation>
    </message>
    <message>
        <source>Empty: the history, notes and rotations stay on this computer. A PostgreSQL database shares them with the other admins and the nightly sync (sslmode=verify-full&amp;sslrootcert=CA.pem for TLS).</source>
        <translation>Leer: Verlauf, Notizen und Rotationen bleiben auf diesem Computer. Eine PostgreSQL-Datenbank teilt sie mit den anderen Admins und der nächtlichen Synchronisierung (sslmode=verify-full&amp;sslrootcert=CA.pem für TLS).</translation>
    </message>
    <message>
        <source>History store password</source>
        <translation>Passwort der Verlaufsablage</translation>
    </message>
    <message>
        <source>Database password (kept in the system keyring)</source>
        <translation>Datenbankpasswort (im Schlüsselbund des Systems aufbewahrt)</translation>
    </message>
    <message>
        <source>Asking the system keyring to keep the store&apos;s password… (it may ask you to unlock it)</source>
        <translation>Der Schlüsselbund des Systems wird gebeten, das Passwort des Speichers aufzubewahren … (er fragt womöglich nach dem Entsperren)</translation>
    </message>
    <message>
        <source>&amp;History store:</source>
        <translation>&amp;Historienspeicher:</translation>
    </message>
</context>
<context>
    <name>ProjectKeyDialog</name>
    <message>
        <source>Description, public key or key ID</source>
        <translation>Beschreibung, öffentlicher Schlüssel oder Schlüssel-ID</translation>
    </message>
    <message>
        <source>Which organization key</source>
        <translation>Welcher Organisationsschlüssel</translation>
    </message>
    <message>
        <source>Invite an organization key to %1</source>
        <translation>Einen Organisationsschlüssel zu %1 einladen</translation>
    </message>
    <message>
        <source>Roles of %1 in %2</source>
        <translation>Rollen von %1 in %2</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Roles in %1 (the list replaces the key&apos;s roles there):</source>
        <translation>Rollen in %1 (die Liste ersetzt die dortigen Rollen des Schlüssels):</translation>
    </message>
    <message>
        <source>Type the key&apos;s description, public key or key ID.</source>
        <translation>Geben Sie die Beschreibung, den öffentlichen Schlüssel oder die Schlüssel-ID ein.</translation>
    </message>
    <message>
        <source>No organization key outside this project matches “%1”.</source>
        <translation>Kein Organisationsschlüssel außerhalb dieses Projekts passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys match; type more of the description, or the public key.</source>
        <translation>
            <numerusform>%n Schlüssel passt; geben Sie mehr von der Beschreibung oder den öffentlichen Schlüssel ein.</numerusform>
            <numerusform>%n Schlüssel passen; geben Sie mehr von der Beschreibung oder den öffentlichen Schlüssel ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — public key %2, key ID %3</source>
        <translation>%1 — öffentlicher Schlüssel %2, Schlüssel-ID %3</translation>
    </message>
    <message>
        <source>These roles will be removed: %1</source>
        <translation>Diese Rollen werden entfernt: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A key unused this long is stale</source>
        <translation>Ein so lange unbenutzter Schlüssel gilt als veraltet</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Für diese Organisation ist noch nichts zwischengespeichert: Synchronisieren Sie sie (F5).</translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation>&amp;Veraltet nach:</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 of them high. Double-click one, or press Enter on it, to open its key.</source>
        <translation>
            <numerusform>%n Befund, davon %1 hoch. Doppelklicken Sie darauf oder drücken Sie darauf die Eingabetaste, um seinen Schlüssel zu öffnen.</numerusform>
            <numerusform>%n Befunde, davon %1 hoch. Doppelklicken Sie auf einen oder drücken Sie darauf die Eingabetaste, um seinen Schlüssel zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets e&amp;xpiring within:</source>
        <translation>Ablaufende Geheimni&amp;sse innerhalb:</translation>
    </message>
    <message>
        <source>A service-account secret expiring this soon is reported</source>
        <translation>Ein Dienstkonto-Geheimnis, das so bald abläuft, wird gemeldet</translation>
    </message>
    <message>
        <source>Public key or client ID</source>
        <translation>Öffentlicher Schlüssel oder Client-ID</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>working offline: this connection was opened from the cache only, so nothing is sent to the server; open it online to sync or change anything</source>
        <translation>Offline-Modus: Diese Verbindung wurde nur aus dem Cache geöffnet, daher wird nichts an den Server gesendet; öffnen Sie sie online, um zu synchronisieren oder etwas zu ändern</translation>
    </message>
    <message>
        <source>offline: the server is not reachable, so the cached data cannot be changed</source>
        <translation>offline: Der Server ist nicht erreichbar, daher können die zwischengespeicherten Daten nicht geändert werden</translation>
    </message>
    <message>
        <source>The local cache cannot be used (%1): nothing is kept for offline review in this session.</source>
        <translation>Der lokale Cache kann nicht verwendet werden (%1): In dieser Sitzung wird nichts für die Offline-Durchsicht gespeichert.</translation>
    </message>
    <message>
        <source>The team store cannot be reached (%1): the console shows what the server says; what you write is kept on this computer and written to the store when it answers.</source>
        <translation>Der Team-Speicher ist nicht erreichbar (%1): Die Konsole zeigt, was der Server sagt; was Sie schreiben, wird auf diesem Computer aufbewahrt und in den Speicher geschrieben, sobald er antwortet.</translation>
    </message>
    <message>
        <source>The team store does not answer (%1). The console goes on from what it holds; what it could not write is kept on this computer and written as soon as the store answers again.</source>
        <translation>Der Team-Speicher antwortet nicht (%1). Die Konsole arbeitet mit dem weiter, was sie hat; was sie nicht schreiben konnte, wird auf diesem Computer aufbewahrt und geschrieben, sobald der Speicher wieder antwortet.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: %n change(s).</source>
        <translation>
            <numerusform>Wartend: %n Änderung.</numerusform>
            <numerusform>Wartend: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team store refused %n change(s) kept during its outage (%1). They are not written; they stay in %2 for review.</source>
        <translation>
            <numerusform>Der Team-Speicher hat %n während seines Ausfalls aufbewahrte Änderung abgelehnt (%1). Sie wird nicht geschrieben; sie bleibt zur Prüfung in %2.</numerusform>
            <numerusform>Der Team-Speicher hat %n während seines Ausfalls aufbewahrte Änderungen abgelehnt (%1). Sie werden nicht geschrieben; sie bleiben zur Prüfung in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message>
        <source>an address it did not give</source>
        <translation>eine Adresse, die er nicht angab</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer grew past %1 MB, far more than any real answer; it was not read</source>
        <translation>die Antwort überschritt %1 MB, weit mehr als jede echte Antwort; sie wurde nicht gelesen</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s), retries included</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunde, Wiederholungen eingeschlossen</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunden, Wiederholungen eingeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing received for %n second(s)</source>
        <translation>
            <numerusform>%n Sekunde lang nichts empfangen</numerusform>
            <numerusform>%n Sekunden lang nichts empfangen</numerusform>
        </translation>
    </message>
    <message>
        <source>The server deprecated the resource version this console speaks (%1)%2%3: update API Access Console before then.</source>
        <translation>Der Server hat die Ressourcenversion, die diese Konsole spricht (%1), abgekündigt%2%3: Aktualisieren Sie API Access Console vorher.</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, seit %1</translation>
    </message>
    <message>
        <source>; it stops answering on %1</source>
        <translation>; er antwortet ab %1 nicht mehr</translation>
    </message>
</context>
<context>
    <name>RoleCatalogue</name>
    <message>
        <source>Organization Owner</source>
        <translation>Organization Owner</translation>
    </message>
    <message>
        <source>Full control of the organization, its settings, API keys and projects.</source>
        <translation>Volle Kontrolle über die Organisation, ihre Einstellungen, API-Schlüssel und Projekte.</translation>
    </message>
    <message>
        <source>Organization Member</source>
        <translation>Organization Member</translation>
    </message>
    <message>
        <source>Reads the organization and the projects it is given access to.</source>
        <translation>Liest die Organisation und die Projekte, für die er Zugriff erhält.</translation>
    </message>
    <message>
        <source>Organization Project Creator</source>
        <translation>Organization Project Creator</translation>
    </message>
    <message>
        <source>Creates projects in the organization.</source>
        <translation>Erstellt Projekte in der Organisation.</translation>
    </message>
    <message>
        <source>Organization Read Only</source>
        <translation>Organization Read Only</translation>
    </message>
    <message>
        <source>Reads everything in the organization; changes nothing.</source>
        <translation>Liest alles in der Organisation; ändert nichts.</translation>
    </message>
    <message>
        <source>Organization Billing Admin</source>
        <translation>Organization Billing Admin</translation>
    </message>
    <message>
        <source>Manages billing (Cloud Manager only).</source>
        <translation>Verwaltet die Abrechnung (nur Cloud Manager).</translation>
    </message>
    <message>
        <source>Organization Billing Viewer</source>
        <translation>Organization Billing Viewer</translation>
    </message>
    <message>
        <source>Reads billing information (Cloud Manager only).</source>
        <translation>Liest Abrechnungsinformationen (nur Cloud Manager).</translation>
    </message>
    <message>
        <source>Project Owner</source>
        <translation>Project Owner</translation>
    </message>
    <message>
        <source>Full control of the project.</source>
        <translation>Volle Kontrolle über das Projekt.</translation>
    </message>
    <message>
        <source>Project Read Only</source>
        <translation>Project Read Only</translation>
    </message>
    <message>
        <source>Reads the project; changes nothing.</source>
        <translation>Liest das Projekt; ändert nichts.</translation>
    </message>
    <message>
        <source>Project Automation Admin</source>
        <translation>Project Automation Admin</translation>
    </message>
    <message>
        <source>Manages deployments through Automation.</source>
        <translation>Verwaltet Deployments über die Automation.</translation>
    </message>
    <message>
        <source>Project Backup Admin</source>
        <translation>Project Backup Admin</translation>
    </message>
    <message>
        <source>Manages backups and restores.</source>
        <translation>Verwaltet Backups und Wiederherstellungen.</translation>
    </message>
    <message>
        <source>Project Monitoring Admin</source>
        <translation>Project Monitoring Admin</translation>
    </message>
    <message>
        <source>Manages monitoring, alerts and host settings.</source>
        <translation>Verwaltet Monitoring, Alarme und Host-Einstellungen.</translation>
    </message>
    <message>
        <source>Project User Admin</source>
        <translation>Project User Admin</translation>
    </message>
    <message>
        <source>Manages the project&apos;s users and teams.</source>
        <translation>Verwaltet die Benutzer und Teams des Projekts.</translation>
    </message>
    <message>
        <source>Project Data Access Admin</source>
        <translation>Project Data Access Admin</translation>
    </message>
    <message>
        <source>Manages indexes and reads and writes data.</source>
        <translation>Verwaltet Indizes und liest und schreibt Daten.</translation>
    </message>
    <message>
        <source>Project Data Access Read/Write</source>
        <translation>Project Data Access Read/Write</translation>
    </message>
    <message>
        <source>Reads and writes data.</source>
        <translation>Liest und schreibt Daten.</translation>
    </message>
    <message>
        <source>Project Data Access Read Only</source>
        <translation>Project Data Access Read Only</translation>
    </message>
    <message>
        <source>Reads data.</source>
        <translation>Liest Daten.</translation>
    </message>
    <message>
        <source>Project Charts Admin</source>
        <translation>Project Charts Admin</translation>
    </message>
    <message>
        <source>Manages Charts (older servers).</source>
        <translation>Verwaltet Charts (ältere Server).</translation>
    </message>
    <message>
        <source>Project Billing Admin</source>
        <translation>Project Billing Admin</translation>
    </message>
    <message>
        <source>Manages the project&apos;s billing (Cloud Manager only).</source>
        <translation>Verwaltet die Abrechnung des Projekts (nur Cloud Manager).</translation>
    </message>
    <message>
        <source>Global Owner</source>
        <translation>Global Owner</translation>
    </message>
    <message>
        <source>Full control of the whole Ops Manager instance, every organization and project.</source>
        <translation>Volle Kontrolle über die ganze Ops-Manager-Instanz, jede Organisation und jedes Projekt.</translation>
    </message>
    <message>
        <source>Global Read Only</source>
        <translation>Global Read Only</translation>
    </message>
    <message>
        <source>Reads every organization and project of the instance.</source>
        <translation>Liest jede Organisation und jedes Projekt der Instanz.</translation>
    </message>
    <message>
        <source>Global User Admin</source>
        <translation>Global User Admin</translation>
    </message>
    <message>
        <source>Manages the users of the whole instance.</source>
        <translation>Verwaltet die Benutzer der ganzen Instanz.</translation>
    </message>
    <message>
        <source>Global Automation Admin</source>
        <translation>Global Automation Admin</translation>
    </message>
    <message>
        <source>Manages deployments through Automation in every project.</source>
        <translation>Verwaltet Bereitstellungen über Automation in jedem Projekt.</translation>
    </message>
    <message>
        <source>Global Backup Admin</source>
        <translation>Global Backup Admin</translation>
    </message>
    <message>
        <source>Manages backups and restores in every project.</source>
        <translation>Verwaltet Sicherungen und Wiederherstellungen in jedem Projekt.</translation>
    </message>
    <message>
        <source>Global Monitoring Admin</source>
        <translation>Global Monitoring Admin</translation>
    </message>
    <message>
        <source>Manages monitoring and alerts in every project.</source>
        <translation>Verwaltet Überwachung und Alarme in jedem Projekt.</translation>
    </message>
</context>
<context>
    <name>RoleList</name>
    <message>
        <source>Organization roles</source>
        <translation>Organisationsrollen</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>Projektrollen</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>API-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>New key&apos;s &amp;description:</source>
        <translation>&amp;Beschreibung des neuen Schlüssels:</translation>
    </message>
    <message>
        <source>New key&apos;s description</source>
        <translation>Beschreibung des neuen Schlüssels</translation>
    </message>
    <message>
        <source>Copied to the new key (untick what it should not get):</source>
        <translation>Wird auf den neuen Schlüssel kopiert (entfernen Sie das Häkchen bei allem, was er nicht bekommen soll):</translation>
    </message>
    <message>
        <source>What the new key gets</source>
        <translation>Was der neue Schlüssel bekommt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create the &amp;new key</source>
        <translation>&amp;Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>The new key</source>
        <translation>Der neue Schlüssel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the private key now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it can call the API with the new key&apos;s roles.</source>
        <translation>&lt;b&gt;Kopieren Sie den privaten Schlüssel jetzt.&lt;/b&gt; Der Server zeigt ihn nur dieses eine Mal; er kann nicht erneut angezeigt werden. Wer ihn hat, kann die API mit den Rollen des neuen Schlüssels aufrufen.</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentl. Schlüssel</translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation>&amp;Beide kopieren</translation>
    </message>
    <message>
        <source>The public and the private key, one per line: a client needs both.</source>
        <translation>Der öffentliche und der private Schlüssel, je eine Zeile: Ein Client braucht beide.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>I have copied the private key and stored it safely</source>
        <translation>Ich habe den privaten Schlüssel kopiert und sicher verwahrt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel the rotation…</source>
        <translation>Rotation abbrechen…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Con&amp;tinue to the hand-over</source>
        <translation>&amp;Weiter zur Übergabe</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Last use of both keys</source>
        <translation>Letzte Nutzung beider Schlüssel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Every client now uses the new key</source>
        <translation>Jeder Client verwendet jetzt den neuen Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Read the use again</source>
        <translation>Nutzung erneut &amp;lesen</translation>
    </message>
    <message>
        <source>Close, finish &amp;later</source>
        <translation>Schließen, &amp;später abschließen</translation>
    </message>
    <message>
        <source>&amp;Finish: delete the old key</source>
        <translation>&amp;Abschließen: alten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Public key: %1
Private key: %2</source>
        <translation>Öffentlicher Schlüssel: %1
Privater Schlüssel: %2</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Neuer Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Rotate API key %1</source>
        <translation>API-Schlüssel %1 rotieren</translation>
    </message>
    <message>
        <source>Organization roles: %1</source>
        <translation>Organisationsrollen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projekte (%n)</numerusform>
            <numerusform>Projekte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Access list (%n)</source>
        <translation>
            <numerusform>Zugriffsliste (%n)</numerusform>
            <numerusform>Zugriffsliste (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the roles, projects and entries to the new key…</source>
        <translation>Rollen, Projekte und Einträge werden auf den neuen Schlüssel kopiert…</translation>
    </message>
    <message>
        <source>The new key %1 equals the plan: %2, %3. Give it to the clients, then continue.</source>
        <translation>Der neue Schlüssel %1 entspricht dem Plan: %2, %3. Geben Sie ihn den Clients, dann weiter.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access-list entry(s)</source>
        <translation>
            <numerusform>%n Zugriffslisteneintrag</numerusform>
            <numerusform>%n Zugriffslisteneinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The rotation stopped at step “%1”: resume it.</source>
        <translation>Die Rotation stoppte bei Schritt „%1“: Setzen Sie sie fort.</translation>
    </message>
    <message>
        <source>(no entries)</source>
        <translation>(keine Einträge)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>old: %1</source>
        <translation>alt: %1</translation>
    </message>
    <message>
        <source>old</source>
        <translation>alt</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>The old key is no longer in the organization.</source>
        <translation>Der alte Schlüssel ist nicht mehr in der Organisation.</translation>
    </message>
    <message>
        <source>The old key&apos;s use cannot be read with this key.</source>
        <translation>Die Nutzung des alten Schlüssels kann mit diesem Schlüssel nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The old key has not been used since the new key was created (%1).</source>
        <translation>Der alte Schlüssel wurde seit dem Erstellen des neuen Schlüssels (%1) nicht mehr verwendet.</translation>
    </message>
    <message>
        <source>The old key was last used %1 — after the new key was created: some client still uses it.</source>
        <translation>Der alte Schlüssel wurde zuletzt %1 verwendet – nach dem Erstellen des neuen: Ein Client verwendet ihn noch.</translation>
    </message>
    <message>
        <source>The new key was last used %1.</source>
        <translation>Der neue Schlüssel wurde zuletzt %1 verwendet.</translation>
    </message>
    <message>
        <source>The new key has not been used yet.</source>
        <translation>Der neue Schlüssel wurde noch nicht verwendet.</translation>
    </message>
    <message>
        <source>Step 2 of 3: the new key, copied and checked.</source>
        <translation>Schritt 2 von 3: der neue Schlüssel, kopiert und geprüft.</translation>
    </message>
    <message>
        <source>Step 3 of 3: switch the clients, then delete the old key.</source>
        <translation>Schritt 3 von 3: Clients umstellen, dann den alten Schlüssel löschen.</translation>
    </message>
    <message>
        <source>Step 1 of 3: what the new key gets.</source>
        <translation>Schritt 1 von 3: was der neue Schlüssel bekommt.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keiner)</translation>
    </message>
    <message>
        <source>Cancel the rotation</source>
        <translation>Rotation abbrechen</translation>
    </message>
    <message>
        <source>Delete the new key %1? A client already switched to it stops working at once. The old key stays as it was.</source>
        <translation>Den neuen Schlüssel %1 löschen? Ein bereits umgestellter Client funktioniert sofort nicht mehr. Der alte Schlüssel bleibt, wie er war.</translation>
    </message>
    <message>
        <source>&amp;Delete the new key</source>
        <translation>Neuen Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <source>Copy the private key and tick the box first: it cannot be shown again. (The rotation is kept: open Rotate… on the key to go on.)</source>
        <translation>Kopieren Sie zuerst den privaten Schlüssel und setzen Sie das Häkchen: Er kann nicht erneut angezeigt werden. (Die Rotation bleibt erhalten: Öffnen Sie Rotieren… am Schlüssel, um weiterzumachen.)</translation>
    </message>
</context>
<context>
    <name>RotationPlan</name>
    <message>
        <source>description: “%1”, not “%2”</source>
        <translation>Beschreibung: „%1“, nicht „%2“</translation>
    </message>
    <message>
        <source>organization roles: %1, not %2</source>
        <translation>Organisationsrollen: %1, nicht %2</translation>
    </message>
    <message>
        <source>project %1: not assigned</source>
        <translation>Projekt %1: nicht zugewiesen</translation>
    </message>
    <message>
        <source>project %1: roles %2, not %3</source>
        <translation>Projekt %1: Rollen %2, nicht %3</translation>
    </message>
    <message>
        <source>project %1: assigned, but not in the plan</source>
        <translation>Projekt %1: zugewiesen, aber nicht im Plan</translation>
    </message>
    <message>
        <source>access list: %1 missing</source>
        <translation>Zugriffsliste: %1 fehlt</translation>
    </message>
    <message>
        <source>access list: %1, not in the plan</source>
        <translation>Zugriffsliste: %1, nicht im Plan</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Nightly backup export</source>
        <translation>Nächtlicher Backup-Export</translation>
    </message>
    <message>
        <source>Production Ops Manager</source>
        <translation>Produktiver Ops Manager</translation>
    </message>
    <message>
        <source>Renders every documented view on the built-in demo data, offscreen; two runs give byte-identical files.</source>
        <translation>Rendert jede dokumentierte Ansicht mit den eingebauten Demodaten ohne Bildschirm; zwei Läufe ergeben byte-identische Dateien.</translation>
    </message>
    <message>
        <source>Write the PNG files to DIR.</source>
        <translation>Die PNG-Dateien nach DIR schreiben.</translation>
    </message>
    <message>
        <source>Language: en, de, fr, es, ja or zh_CN.</source>
        <translation>Sprache: en, de, fr, es, ja oder zh_CN.</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light oder dark.</translation>
    </message>
    <message>
        <source>Device pixels per pixel, 1 to 4.</source>
        <translation>Gerätepixel pro Pixel, 1 bis 4.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n screenshot(s) to %1.</source>
        <translation>
            <numerusform>%n Bildschirmfoto nach %1 geschrieben.</numerusform>
            <numerusform>%n Bildschirmfotos nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit with 3 when a text does not fit its widget.</source>
        <translation>Mit 3 beenden, wenn ein Text nicht in sein Element passt.</translation>
    </message>
</context>
<context>
    <name>ServiceAccountsModel</name>
    <message>
        <source>no secret</source>
        <translation>kein Geheimnis</translation>
    </message>
    <message>
        <source>every secret expired</source>
        <translation>alle Geheimnisse abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n live, next expires %1</source>
        <translation>
            <numerusform>%n gültig, das nächste läuft %1 ab</numerusform>
            <numerusform>%n gültig, das nächste läuft %1 ab</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>Zugriffsliste</translation>
    </message>
</context>
<context>
    <name>ServiceAccountsPage</name>
    <message>
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <source>Secrets of the service account</source>
        <translation>Geheimnisse des Dienstkontos</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Access list of the service account</source>
        <translation>Zugriffsliste des Dienstkontos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Für diese Organisation ist noch nichts zwischengespeichert: synchronisieren Sie sie (F5).</translation>
    </message>
    <message>
        <source>The service accounts have not been read yet: sync (F5).</source>
        <translation>Die Dienstkonten wurden noch nicht gelesen: synchronisieren Sie (F5).</translation>
    </message>
    <message>
        <source>This organization has no service accounts.</source>
        <translation>Diese Organisation hat keine Dienstkonten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Client ID &lt;code&gt;%3&lt;/code&gt; · created %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Client-ID &lt;code&gt;%3&lt;/code&gt; · erstellt %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation>&amp;Neues Geheimnis…</translation>
    </message>
    <message>
        <source>Add a secret to the account (at most two; the other is then cut to seven days)</source>
        <translation>Dem Konto ein Geheimnis hinzufügen (höchstens zwei; das andere wird dann auf sieben Tage gekürzt)</translation>
    </message>
    <message>
        <source>Delete secret…</source>
        <translation>Geheimnis löschen…</translation>
    </message>
    <message>
        <source>Delete the secret picked below: its tokens stop at once</source>
        <translation>Das unten gewählte Geheimnis löschen: Seine Tokens enden sofort</translation>
    </message>
    <message>
        <source>Add en&amp;tries…</source>
        <translation>Ein&amp;träge hinzufügen…</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>Konto löschen…</translation>
    </message>
    <message>
        <source>Changing service accounts needs the Organization Owner role; this connection can only read them.</source>
        <translation>Dienstkonten zu ändern erfordert die Rolle Organization Owner; diese Verbindung kann sie nur lesen.</translation>
    </message>
    <message>
        <source>%1 has two secrets, the most an account may have. Delete one first — an expired one, or the one its clients no longer use (its last use is in the table).</source>
        <translation>%1 hat zwei Geheimnisse, die höchste Zahl, die ein Konto haben darf. Löschen Sie zuerst eines – ein abgelaufenes oder das, das seine Clients nicht mehr verwenden (die letzte Verwendung steht in der Tabelle).</translation>
    </message>
    <message>
        <source>No secret added. %1</source>
        <translation>Kein Geheimnis hinzugefügt. %1</translation>
    </message>
    <message>
        <source>Added a secret to %1, expiring on %2.</source>
        <translation>%1 ein Geheimnis hinzugefügt, das am %2 abläuft.</translation>
    </message>
    <message>
        <source>Delete the secret %1 of %2? Every token made with it stops working at once: clients still using it are refused from now on. This cannot be undone.</source>
        <translation>Das Geheimnis %1 von %2 löschen? Jedes damit erstellte Token funktioniert sofort nicht mehr: Clients, die es noch verwenden, werden ab jetzt abgelehnt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>It is the account&apos;s only unexpired secret: nothing can sign in with %1 until a new secret is added.</source>
        <translation>Es ist das einzige nicht abgelaufene Geheimnis des Kontos: Mit %1 kann sich niemand anmelden, bis ein neues Geheimnis hinzugefügt wird.</translation>
    </message>
    <message>
        <source>This console signs in as %1: if it uses this secret, it is signed out at once.</source>
        <translation>Diese Konsole meldet sich als %1 an: Wenn sie dieses Geheimnis verwendet, wird sie sofort abgemeldet.</translation>
    </message>
    <message>
        <source>Delete secret?</source>
        <translation>Geheimnis löschen?</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>Geheimnis löschen</translation>
    </message>
    <message>
        <source>Deleted the secret %1 of %2.</source>
        <translation>Das Geheimnis %1 von %2 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>Nicht gelöscht. %1</translation>
    </message>
    <message>
        <source>Delete the service account %1? Its secrets and every token made with them stop working at once; this cannot be undone.</source>
        <translation>Das Dienstkonto %1 löschen? Seine Geheimnisse und alle damit erstellten Tokens funktionieren sofort nicht mehr; das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This console signs in as this account. Deleting it locks this console out at once: sign in with another account or key to go on.</source>
        <translation>Diese Konsole meldet sich mit diesem Konto an. Es zu löschen sperrt diese Konsole sofort aus: Melden Sie sich mit einem anderen Konto oder Schlüssel an, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Delete service account?</source>
        <translation>Dienstkonto löschen?</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>Löschen und Konsole aussperren</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Add access-list entries to %1</source>
        <translation>Zugriffslisten-Einträge zu %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n entry(ies) to the access list of %1.</source>
        <translation>
            <numerusform>%n Eintrag zur Zugriffsliste von %1 hinzugefügt.</numerusform>
            <numerusform>%n Einträge zur Zugriffsliste von %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the last entry?</source>
        <translation>Den letzten Eintrag entfernen?</translation>
    </message>
    <message>
        <source>%1 is the last entry of %2, and the organization requires an access list: without it the account&apos;s tokens work from nowhere.</source>
        <translation>%1 ist der letzte Eintrag von %2, und die Organisation verlangt eine Zugriffsliste: Ohne ihn funktionieren die Tokens des Kontos nirgends.</translation>
    </message>
    <message>
        <source>%1 is the last entry of %2: without it the account&apos;s tokens work from any address.</source>
        <translation>%1 ist der letzte Eintrag von %2: Ohne ihn funktionieren die Tokens des Kontos von jeder Adresse.</translation>
    </message>
    <message>
        <source>Removed %1 from the access list of %2.</source>
        <translation>%1 aus der Zugriffsliste von %2 entfernt.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <translation>Nicht entfernt. %1</translation>
    </message>
    <message>
        <source>New acco&amp;unt…</source>
        <translation>Neues Kont&amp;o…</translation>
    </message>
    <message>
        <source>No account created. %1</source>
        <translation>Kein Konto erstellt. %1</translation>
    </message>
    <message>
        <source>Created the service account %1 (%2).</source>
        <translation>Dienstkonto %1 (%2) erstellt.</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Konto bearbeiten…</translation>
    </message>
    <message>
        <source>Its description and organization roles</source>
        <translation>Seine Beschreibung und Organisationsrollen</translation>
    </message>
    <message>
        <source>Edit service account %1</source>
        <translation>Dienstkonto %1 bearbeiten</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 stays: this console signs in as %2 and calls from %3, which it covers; the server refuses to remove the caller&apos;s own address. Remove it from another address or with another key or account.</source>
        <translation>%1 bleibt: Diese Konsole meldet sich als %2 an und ruft von %3 aus auf, das der Eintrag abdeckt; der Server lehnt es ab, die eigene Adresse des Aufrufers zu entfernen. Entfernen Sie ihn von einer anderen Adresse aus oder mit einem anderen Schlüssel oder Konto.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Invite to pro&amp;ject…</source>
        <translation>In Pro&amp;jekt einladen…</translation>
    </message>
    <message>
        <source>Give the account roles in one of the organization&apos;s projects</source>
        <translation>Dem Konto Rollen in einem Projekt der Organisation geben</translation>
    </message>
    <message>
        <source>Unassign from project…</source>
        <translation>Aus Projekt entfernen…</translation>
    </message>
    <message>
        <source>Take the account out of the project picked below (its secrets stay valid)</source>
        <translation>Das Konto aus dem unten gewählten Projekt herausnehmen (seine Geheimnisse bleiben gültig)</translation>
    </message>
    <message>
        <source>Projects of the service account</source>
        <translation>Projekte des Dienstkontos</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Roles there</source>
        <translation>Rollen dort</translation>
    </message>
    <message>
        <source>not read while offline (projects are read from the server, not cached)</source>
        <translation>offline nicht gelesen (Projekte werden vom Server gelesen, nicht zwischengespeichert)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>Projekte: %1</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>Projekte (%1)</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>%1 is already in every project of the organization.</source>
        <translation>%1 ist bereits in jedem Projekt der Organisation.</translation>
    </message>
    <message>
        <source>Invite %1 to a project</source>
        <translation>%1 zu einem Projekt einladen</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Invite %1 to %2</source>
        <translation>%1 zu %2 einladen</translation>
    </message>
    <message>
        <source>%1 is in %2 as %3.</source>
        <translation>%1 ist in %2 als %3.</translation>
    </message>
    <message>
        <source>Take %1 out of %2? It loses its roles there at once; its secrets stay valid for the organization and its other projects.</source>
        <translation>%1 aus %2 herausnehmen? Es verliert seine Rollen dort sofort; seine Geheimnisse bleiben für die Organisation und seine anderen Projekte gültig.</translation>
    </message>
    <message>
        <source>This console signs in as this account: it can no longer act in %1.</source>
        <translation>Diese Konsole meldet sich als dieses Konto an: sie kann in %1 nicht mehr handeln.</translation>
    </message>
    <message>
        <source>Unassign from project?</source>
        <translation>Aus dem Projekt abmelden?</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>%1 is no longer in %2.</source>
        <translation>%1 ist nicht mehr in %2.</translation>
    </message>
    <message>
        <source>Not unassigned. %1</source>
        <translation>Nicht abgemeldet. %1</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>Geheimnis &amp;rotieren…</translation>
    </message>
    <message>
        <source>Add a second secret (the old one is cut to seven days), switch the clients, then delete the old one</source>
        <translation>Ein zweites Geheimnis hinzufügen (das alte wird auf sieben Tage gekürzt), die Clients umstellen, dann das alte löschen</translation>
    </message>
    <message>
        <source>Rotate the secret of %1: the new secret</source>
        <translation>Geheimnis von %1 rotieren: das neue Geheimnis</translation>
    </message>
    <message>
        <source>%1 has two secrets, the most an account may have, and %2 expired on %3: delete it first (Delete secret…), then Rotate secret… adds the new one.</source>
        <translation>%1 hat zwei Geheimnisse, das Maximum eines Kontos, und %2 ist am %3 abgelaufen: Löschen Sie es zuerst (Geheimnis löschen…), dann fügt Geheimnis rotieren… das neue hinzu.</translation>
    </message>
    <message>
        <source>Rotating the secret of %1.

The new secret %2 (added %3) was last used: %4.
The old secret %5 (expires %6) was last used: %7.</source>
        <translation>Rotation des Geheimnisses von %1.

Das neue Geheimnis %2 (hinzugefügt %3) wurde zuletzt verwendet: %4.
Das alte Geheimnis %5 (läuft ab %6) wurde zuletzt verwendet: %7.</translation>
    </message>
    <message>
        <source>The old secret was used after the new one was added: some client still uses it.</source>
        <translation>Das alte Geheimnis wurde nach dem Hinzufügen des neuen verwendet: Ein Client verwendet es noch.</translation>
    </message>
    <message>
        <source>The old secret has not been used since the new one was added.</source>
        <translation>Das alte Geheimnis wurde seit dem Hinzufügen des neuen nicht verwendet.</translation>
    </message>
    <message>
        <source>Deleting the old secret stops every token made with it at once. Delete it when every client uses the new secret; otherwise it expires by itself on %1.</source>
        <translation>Das Löschen des alten Geheimnisses beendet sofort jedes damit erstellte Token. Löschen Sie es, wenn jeder Client das neue Geheimnis verwendet; sonst läuft es am %1 von selbst ab.</translation>
    </message>
    <message>
        <source>This console signs in as %1: if it uses the old secret, it is signed out at once.</source>
        <translation>Diese Konsole meldet sich als %1 an: Verwendet sie das alte Geheimnis, wird sie sofort abgemeldet.</translation>
    </message>
    <message>
        <source>Rotate the secret of %1</source>
        <translation>Geheimnis von %1 rotieren</translation>
    </message>
    <message>
        <source>Delete the old secret</source>
        <translation>Altes Geheimnis löschen</translation>
    </message>
    <message>
        <source>Rotated the secret of %1: %2 deleted, %3 stays.</source>
        <translation>Geheimnis von %1 rotiert: %2 gelöscht, %3 bleibt.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The source store does not hold organization %1.</source>
        <translation>Der Quellspeicher enthält die Organisation %1 nicht.</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 cannot be read: %3</source>
        <translation>Snapshot %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 could not be written: %3</source>
        <translation>Snapshot %1 von %2 konnte nicht geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>No store given: a SQLite file (sqlite:PATH) or a PostgreSQL database (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>Kein Speicher angegeben: eine SQLite-Datei (sqlite:PATH) oder eine PostgreSQL-Datenbank (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no store this console knows: give sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„%1“ ist kein Speicher, den diese Konsole kennt: Geben Sie sqlite:PATH oder postgresql://USER@HOST:PORT/DATABASE an.</translation>
    </message>
    <message>
        <source>sqlite: needs the path of the file, as in sqlite:/home/me/history.sqlite.</source>
        <translation>sqlite: braucht den Pfad der Datei, etwa sqlite:/home/me/history.sqlite.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1</source>
        <translation>Die PostgreSQL-Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>Leave the password out of the address (it would be kept in settings and shell history): the console keeps it in the system keyring; headless commands read PGPASSWORD or ~/.pgpass.</source>
        <translation>Lassen Sie das Passwort aus der Adresse weg (es landete in Einstellungen und Shell-Verlauf): Die Konsole bewahrt es im Schlüsselbund des Systems auf; Befehle ohne Oberfläche lesen PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no server, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>Die PostgreSQL-Adresse nennt keinen Server, etwa postgresql://auditor@db.example.com/apiaccess.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database after the server, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>Die PostgreSQL-Adresse nennt nach dem Server keine Datenbank, etwa postgresql://auditor@db.example.com/apiaccess.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no user, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>Die PostgreSQL-Adresse nennt keinen Benutzer, etwa postgresql://auditor@db.example.com/apiaccess.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 ist keiner von %2.</translation>
    </message>
    <message>
        <source>The CA bundle %1 (sslrootcert) cannot be read.</source>
        <translation>Das CA-Bündel %1 (sslrootcert) kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds from 1 to 60.</source>
        <translation>connect_timeout ist eine Anzahl Sekunden von 1 bis 60.</translation>
    </message>
    <message>
        <source>The option %1 is not one this console passes on (sslmode, sslrootcert, connect_timeout).</source>
        <translation>Die Option %1 gibt diese Konsole nicht weiter (sslmode, sslrootcert, connect_timeout).</translation>
    </message>
    <message>
        <source>sslmode=%1 checks the server against a CA bundle: add sslrootcert=PATH.</source>
        <translation>sslmode=%1 prüft den Server gegen ein CA-Bündel: Fügen Sie sslrootcert=PATH hinzu.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Reading the organization</source>
        <translation>Organisation wird gelesen</translation>
    </message>
    <message>
        <source>Reading API keys</source>
        <translation>API-Schlüssel werden gelesen</translation>
    </message>
    <message>
        <source>Reading whitelists</source>
        <translation>Whitelists werden gelesen</translation>
    </message>
    <message>
        <source>Reading project keys</source>
        <translation>Projektschlüssel werden gelesen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Read through a project only.</source>
        <translation>Nur über ein Projekt gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) still failed after %1 passes; nothing was saved.</source>
        <translation>
            <numerusform>%n Lesevorgang schlug auch nach %1 Durchgängen fehl; nichts wurde gespeichert.</numerusform>
            <numerusform>%n Lesevorgänge schlugen auch nach %1 Durchgängen fehl; nichts wurde gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server has no service accounts (Ops Manager documents none).</source>
        <translation>Dieser Server hat keine Dienstkonten (Ops Manager dokumentiert keine).</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Ops-Manager-Instanz</translation>
    </message>
    <message>
        <source>The instance&apos;s events (/globalEvents) are not read.</source>
        <translation>Die Ereignisse der Instanz (/globalEvents) werden nicht gelesen.</translation>
    </message>
    <message>
        <source>Service accounts belong to organizations.</source>
        <translation>Dienstkonten gehören zu Organisationen.</translation>
    </message>
    <message>
        <source>A global key has no list of its own: the global access list covers it.</source>
        <translation>Ein globaler Schlüssel hat keine eigene Liste: die globale Zugriffsliste gilt für ihn.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>UserWhitelistDialog</name>
    <message>
        <source>&amp;Add entries</source>
        <translation>Einträge &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>Eintrag &amp;entfernen</translation>
    </message>
    <message>
        <source>My whitelist (personal API key)</source>
        <translation>Meine Whitelist (persönlicher API-Schlüssel)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Entries of my whitelist</source>
        <translation>Einträge meiner Whitelist</translation>
    </message>
    <message>
        <source>For personal API keys: calls made with them must come from an address on this list, and changing the list needs one.</source>
        <translation>Für persönliche API-Schlüssel: Aufrufe damit müssen von einer Adresse auf dieser Liste kommen, und Änderungen an der Liste brauchen eine.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 covers %2, the address you call from; the server refuses to remove the caller&apos;s own address. Remove it from another address.</source>
        <translation>%1 deckt %2 ab, die Adresse, von der Sie aufrufen; der Server verweigert das Entfernen der eigenen Adresse des Aufrufers. Entfernen Sie ihn von einer anderen Adresse aus.</translation>
    </message>
    <message numerus="yes">
        <source>Added. %n entry(ies) now.</source>
        <translation>
            <numerusform>Hinzugefügt. Jetzt %n Eintrag.</numerusform>
            <numerusform>Hinzugefügt. Jetzt %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>the name you sign in to the web console with</source>
        <translation>der Name, mit dem Sie sich an der Web-Konsole anmelden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Type your user name (the one you sign in to the web console with) and press Load.</source>
        <translation>Geben Sie Ihren Benutzernamen ein (den, mit dem Sie sich an der Web-Konsole anmelden), und klicken Sie auf Laden.</translation>
    </message>
    <message>
        <source>Type your user name first.</source>
        <translation>Geben Sie zuerst Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>The server knows no user named “%1”. Type the user name you sign in to the web console with (often an e-mail address) — not the public key of an API key.</source>
        <translation>Der Server kennt keinen Benutzer namens „%1“. Geben Sie den Benutzernamen ein, mit dem Sie sich an der Web-Konsole anmelden (oft eine E-Mail-Adresse) – nicht den öffentlichen Schlüssel eines API-Schlüssels.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to API Access Console</source>
        <translation>Willkommen bei API Access Console</translation>
    </message>
    <message>
        <source>Manage the programmatic API keys of MongoDB Ops Manager and Cloud Manager: their IP whitelists, their project assignments and the organization setting “Require IP Whitelist for Public API”. Everything you sync stays readable offline.</source>
        <translation>Verwalten Sie die programmatischen API-Schlüssel von MongoDB Ops Manager und Cloud Manager: ihre IP-Whitelists, ihre Projektzuweisungen und die Organisationseinstellung „Require IP Whitelist for Public API“. Alles, was Sie synchronisieren, bleibt offline lesbar.</translation>
    </message>
    <message>
        <source>Connect to my Ops Manager</source>
        <translation>Mit meinem Ops Manager verbinden</translation>
    </message>
    <message>
        <source>Enter the server address and an API key; the private key goes to the system keyring.</source>
        <translation>Geben Sie die Serveradresse und einen API-Schlüssel ein; der private Schlüssel kommt in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Die Demo erkunden</translation>
    </message>
    <message>
        <source>A local demo server with made-up organizations and keys: nothing leaves this computer.</source>
        <translation>Ein lokaler Demo-Server mit erfundenen Organisationen und Schlüsseln: Nichts verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The cache of profile %1 does not hold organization %2.</source>
        <translation>Der Cache des Profils %1 enthält die Organisation %2 nicht.</translation>
    </message>
    <message>
        <source>The organization ID.</source>
        <translation>Die ID der Organisation.</translation>
    </message>
    <message>
        <source>Only look in this profile&apos;s cache.</source>
        <translation>Nur im Cache dieses Profils suchen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The address to check.</source>
        <translation>Die zu prüfende Adresse.</translation>
    </message>
    <message>
        <source>The cached snapshot of %1 cannot be read: %2</source>
        <translation>Der zwischengespeicherte Snapshot von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Which API keys may call from ADDRESS.</source>
        <translation>Welche API-Schlüssel von ADDRESS aus aufrufen dürfen.</translation>
    </message>
    <message>
        <source>Give exactly one address.</source>
        <translation>Geben Sie genau eine Adresse an.</translation>
    </message>
    <message>
        <source>Give one address, not a block.</source>
        <translation>Geben Sie eine Adresse an, keinen Block.</translation>
    </message>
    <message>
        <source>%1 in %2 (cached %3):</source>
        <translation>%1 in %2 (Stand %3):</translation>
    </message>
    <message>
        <source>A key unused this long is stale (90).</source>
        <translation>Ein so lange unbenutzter Schlüssel gilt als veraltet (90).</translation>
    </message>
    <message>
        <source>Exit 1 when a finding is at least this severe: info, low, medium, high.</source>
        <translation>Mit 1 beenden, wenn ein Befund mindestens so schwer ist: info, low, medium, high.</translation>
    </message>
    <message>
        <source>The key-hygiene report of an organization.</source>
        <translation>Der Bericht zur Schlüsselhygiene einer Organisation.</translation>
    </message>
    <message>
        <source>--stale-days needs a whole number of days.</source>
        <translation>--stale-days braucht eine ganze Zahl von Tagen.</translation>
    </message>
    <message>
        <source>--fail-on takes info, low, medium or high.</source>
        <translation>--fail-on nimmt info, low, medium oder high.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>The older snapshot (default: the one before --to).</source>
        <translation>Der ältere Snapshot (Standard: der vor --to).</translation>
    </message>
    <message>
        <source>The newer snapshot (default: the latest).</source>
        <translation>Der neuere Snapshot (Standard: der neueste).</translation>
    </message>
    <message>
        <source>Changes in %1 from snapshot %2 to %3:</source>
        <translation>Änderungen in %1 von Snapshot %2 bis %3:</translation>
    </message>
    <message numerus="yes">
        <source>    %n request(s) counted</source>
        <translation>
            <numerusform>    %n Anfrage gezählt</numerusform>
            <numerusform>    %n Anfragen gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>  No change to keys, roles, whitelists or the setting.</source>
        <translation>  Keine Änderung an Schlüsseln, Rollen, Whitelists oder der Einstellung.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>csv, json, md, html or pdf.</source>
        <translation>csv, json, md, html oder pdf.</translation>
    </message>
    <message>
        <source>A stored snapshot instead of the latest.</source>
        <translation>Ein gespeicherter Snapshot statt des neuesten.</translation>
    </message>
    <message>
        <source>Export an organization from the cache.</source>
        <translation>Eine Organisation aus dem Cache exportieren.</translation>
    </message>
    <message>
        <source>API access report: %1</source>
        <translation>API-Zugriffsbericht: %1</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Unbekannter Befehl %1.</translation>
    </message>
    <message>
        <source>A remembered connection.</source>
        <translation>Eine gespeicherte Verbindung.</translation>
    </message>
    <message>
        <source>The server as typed in a browser.</source>
        <translation>Der Server, wie im Browser eingegeben.</translation>
    </message>
    <message>
        <source>The API key&apos;s public key.</source>
        <translation>Der öffentliche Schlüssel des API-Schlüssels.</translation>
    </message>
    <message>
        <source>A file holding the private key.</source>
        <translation>Eine Datei mit dem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Only this organization.</source>
        <translation>Nur diese Organisation.</translation>
    </message>
    <message>
        <source>Every organization the key sees (default).</source>
        <translation>Jede Organisation, die der Schlüssel sieht (Standard).</translation>
    </message>
    <message>
        <source>Store the private key in the system keyring for this profile, so later runs need neither file nor variable.</source>
        <translation>Den privaten Schlüssel für dieses Profil im Schlüsselbund des Systems speichern, damit spätere Läufe weder Datei noch Variable brauchen.</translation>
    </message>
    <message>
        <source>The keyring holds no private key for %1.</source>
        <translation>Der Schlüsselbund enthält keinen privaten Schlüssel für %1.</translation>
    </message>
    <message>
        <source>Use --private-key-file FILE or APIACCESS_PRIVATE_KEY (and --remember-key to store it).</source>
        <translation>Verwenden Sie --private-key-file FILE oder APIACCESS_PRIVATE_KEY (und --remember-key, um ihn zu speichern).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  Require IP Whitelist for Public API: %1 → %2.</source>
        <translation>  „Require IP Whitelist for Public API“: %1 → %2.</translation>
    </message>
    <message>
        <source>%1 is cached by several profiles; choose one with --profile: %2</source>
        <translation>%1 liegt in mehreren Profil-Caches; wählen Sie eines mit --profile: %2</translation>
    </message>
    <message>
        <source>No cache holds organization %1; sync it first (apiaccess orgs lists what is cached).</source>
        <translation>Kein Cache enthält die Organisation %1; synchronisieren Sie sie zuerst (apiaccess orgs listet, was im Cache liegt).</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>What changed between two snapshots (apiaccess snapshots lists them).</source>
        <translation>Was sich zwischen zwei Snapshots geändert hat (apiaccess snapshots listet sie).</translation>
    </message>
    <message numerus="yes">
        <source>No such snapshot of %1 (%n snapshot(s) kept: apiaccess snapshots --org %1 lists them).</source>
        <translation>
            <numerusform>Kein solcher Snapshot von %1 (%n Snapshot gespeichert: apiaccess snapshots --org %1 listet ihn).</numerusform>
            <numerusform>Kein solcher Snapshot von %1 (%n Snapshots gespeichert: apiaccess snapshots --org %1 listet sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>export: give --format csv|json|md|html|pdf and --out FILE.</source>
        <translation>export: Geben Sie --format csv|json|md|html|pdf und --out FILE an.</translation>
    </message>
    <message>
        <source>No snapshot %1 of %2 (apiaccess snapshots --org %2 lists them).</source>
        <translation>Kein Snapshot %1 von %2 (apiaccess snapshots --org %2 listet sie).</translation>
    </message>
    <message>
        <source>The saved connections: server, public key and the last sync. Private keys are never shown.</source>
        <translation>Die gespeicherten Verbindungen: Server, öffentlicher Schlüssel und letzte Synchronisierung. Private Schlüssel werden nie gezeigt.</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>No saved connections.</source>
        <translation>Keine gespeicherten Verbindungen.</translation>
    </message>
    <message>
        <source>Only this profile&apos;s cache.</source>
        <translation>Nur der Cache dieses Profils.</translation>
    </message>
    <message>
        <source>The cached organizations: per profile, the last sync and how many snapshots are kept.</source>
        <translation>Die Organisationen im Cache: je Profil die letzte Synchronisierung und wie viele Snapshots gespeichert sind.</translation>
    </message>
    <message>
        <source>Profile %1 has no cache yet.</source>
        <translation>Profil %1 hat noch keinen Cache.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n Snapshot</numerusform>
            <numerusform>%n Snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored snapshots of an organization, oldest first, with what changed since the one before: the IDs diff --from/--to and export --snapshot take.</source>
        <translation>Die gespeicherten Snapshots einer Organisation, älteste zuerst, mit dem, was sich seit dem vorigen geändert hat: die IDs für diff --from/--to und export --snapshot.</translation>
    </message>
    <message>
        <source>setting %1 → %2</source>
        <translation>Einstellung %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation>
            <numerusform>%n Schlüssel hinzugefügt</numerusform>
            <numerusform>%n Schlüssel hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) removed</source>
        <translation>
            <numerusform>%n Schlüssel entfernt</numerusform>
            <numerusform>%n Schlüssel entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) changed</source>
        <translation>
            <numerusform>%n Schlüssel geändert</numerusform>
            <numerusform>%n Schlüssel geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>first kept</source>
        <translation>erster gespeicherter</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> – meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>findings at or above --fail-on</source>
        <translation>Befunde ab --fail-on</translation>
    </message>
    <message>
        <source>the command line is wrong; nothing was done</source>
        <translation>die Befehlszeile ist falsch; nichts wurde getan</translation>
    </message>
    <message>
        <source>the server refused the key or the address it calls from</source>
        <translation>der Server hat den Schlüssel oder die aufrufende Adresse abgelehnt</translation>
    </message>
    <message>
        <source>the server could not be reached (network, TLS, timeout)</source>
        <translation>der Server war nicht erreichbar (Netzwerk, TLS, Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>the cache cannot be opened or read</source>
        <translation>der Cache kann nicht geöffnet oder gelesen werden</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>die Ausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the organization or snapshot is not there, or this key cannot see it</source>
        <translation>die Organisation oder der Snapshot existiert nicht, oder dieser Schlüssel sieht sie nicht</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a private certificate authority.</source>
        <translation>Zusätzliche CA-Zertifikate (PEM) für eine private Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint (hex, as a refusal prints it).</source>
        <translation>Dem Zertifikat des Servers mit diesem SHA-256-Fingerabdruck vertrauen (hexadezimal, wie eine Ablehnung ihn ausgibt).</translation>
    </message>
    <message>
        <source>sync: unexpected argument &apos;%1&apos;</source>
        <translation>sync: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>No profile named %1 (apiaccess profiles lists them).</source>
        <translation>Kein Profil namens %1 (apiaccess profiles listet sie).</translation>
    </message>
    <message>
        <source>(No scheme was given, so https was tried; for a plain-http server write http://%1.)</source>
        <translation>(Kein Schema angegeben, daher wurde https versucht; für einen Server mit einfachem http schreiben Sie http://%1.)</translation>
    </message>
    <message>
        <source>Only the names, one per line (for completion: the keyring is not asked).</source>
        <translation>Nur die Namen, einer pro Zeile (für die Vervollständigung: der Schlüsselbund wird nicht gefragt).</translation>
    </message>
    <message>
        <source>keyring: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Only the organization IDs, one per line (for completion).</source>
        <translation>Nur die Organisations-IDs, eine pro Zeile (für die Vervollständigung).</translation>
    </message>
    <message>
        <source>Usage: apiaccess completion bash|zsh|fish
Prints the shell&apos;s completion script for apiaccess: subcommands, options, profile names and cached organization IDs.
  bash: source &lt;(apiaccess completion bash)
  zsh:  source &lt;(apiaccess completion zsh)
  fish: apiaccess completion fish | source
cmake --install puts them where the shells look by themselves.</source>
        <translation>Aufruf: apiaccess completion bash|zsh|fish
Gibt das Vervollständigungsskript der Shell für apiaccess aus: Befehle, Optionen, Profilnamen und IDs der Organisationen im Cache.
  bash: source &lt;(apiaccess completion bash)
  zsh:  source &lt;(apiaccess completion zsh)
  fish: apiaccess completion fish | source
cmake --install legt sie dort ab, wo die Shells von selbst suchen.</translation>
    </message>
    <message>
        <source>completion: give bash, zsh or fish.</source>
        <translation>completion: Geben Sie bash, zsh oder fish an.</translation>
    </message>
    <message>
        <source>completion: the script is missing from this build.</source>
        <translation>completion: Das Skript fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>(sync --ca-bundle FILE trusts your certificate authority; --pin-sha256 %1 trusts this certificate.)</source>
        <translation>(sync --ca-bundle FILE vertraut Ihrer Zertifizierungsstelle; --pin-sha256 %1 vertraut diesem Zertifikat.)</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a private certificate authority (&quot;&quot; removes them).</source>
        <translation>Zusätzliche CA-Zertifikate (PEM) für eine private Zertifizierungsstelle (&quot;&quot; entfernt sie).</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint (&quot;&quot; trusts none).</source>
        <translation>Dem Zertifikat des Servers mit diesem SHA-256-Fingerabdruck vertrauen (&quot;&quot; vertraut keinem).</translation>
    </message>
    <message>
        <source>Saves a connection. Its private key goes to the keyring with sync --remember-key, never on the command line.</source>
        <translation>Speichert eine Verbindung. Ihr privater Schlüssel kommt mit sync --remember-key in den Schlüsselbund, nie auf die Befehlszeile.</translation>
    </message>
    <message>
        <source>Changes the certificate trust of a saved connection.</source>
        <translation>Ändert das Zertifikatsvertrauen einer gespeicherten Verbindung.</translation>
    </message>
    <message>
        <source>The connection&apos;s name.</source>
        <translation>Der Name der Verbindung.</translation>
    </message>
    <message>
        <source>%1: give the connection&apos;s name.</source>
        <translation>%1: Geben Sie den Namen der Verbindung an.</translation>
    </message>
    <message>
        <source>%1: a connection named %2 exists already (profiles edit changes it).</source>
        <translation>%1: Eine Verbindung namens %2 existiert bereits (profiles edit ändert sie).</translation>
    </message>
    <message>
        <source>%1: --pin-sha256 takes the 64 hex digits of a SHA-256 fingerprint.</source>
        <translation>%1: --pin-sha256 erwartet die 64 Hexadezimalziffern eines SHA-256-Fingerabdrucks.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a private key file holds one key of 36 characters.</source>
        <translation>%1 hat %2 Bytes; eine Datei mit privatem Schlüssel enthält einen Schlüssel aus 36 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Only events at or after DATE (2026-03-12, or 2026-03-12T14:02Z).</source>
        <translation>Nur Ereignisse ab DATE (2026-03-12 oder 2026-03-12T14:02Z).</translation>
    </message>
    <message>
        <source>Only event types that start with PREFIX (API_KEY_, ORG_PUBLIC_API_, …); may be given more than once.</source>
        <translation>Nur Ereignistypen, die mit PREFIX beginnen (API_KEY_, ORG_PUBLIC_API_, …); mehrfach möglich.</translation>
    </message>
    <message>
        <source>Who changed which API key or setting, from where and when: the organization&apos;s events feed as the last sync read it, newest first.</source>
        <translation>Wer welchen API-Schlüssel oder welche Einstellung wann und von wo geändert hat: die Ereignisse der Organisation, wie die letzte Synchronisierung sie gelesen hat, neueste zuerst.</translation>
    </message>
    <message>
        <source>events: --since takes a date such as 2026-03-12 or 2026-03-12T14:02Z, not &apos;%1&apos;.</source>
        <translation>events: --since erwartet ein Datum wie 2026-03-12 oder 2026-03-12T14:02Z, nicht „%1“.</translation>
    </message>
    <message>
        <source>events: --type takes the start of an event type name, letters and underscores (API_KEY_), not &apos;%1&apos;.</source>
        <translation>events: --type erwartet den Anfang eines Ereignistyps aus Buchstaben und Unterstrichen (API_KEY_), nicht „%1“.</translation>
    </message>
    <message>
        <source>No events of %1 are cached: the last sync could not read the organization&apos;s events feed%2. Reading it needs the Organization Member role; sync again once the key has it.</source>
        <translation>Keine Ereignisse von %1 im Cache: Die letzte Synchronisierung konnte die Ereignisse der Organisation nicht lesen%2. Dafür ist die Rolle Organization Member nötig; synchronisieren Sie erneut, sobald der Schlüssel sie hat.</translation>
    </message>
    <message>
        <source>The last sync could not read the feed (%1): these are the events read up to %2.</source>
        <translation>Die letzte Synchronisierung konnte die Ereignisse nicht lesen (%1): Dies sind die bis %2 gelesenen.</translation>
    </message>
    <message>
        <source>Read every key&apos;s whitelist. Without it, a sync after an earlier one reads the key list and the events, and only the whitelists of keys the events name (usage counters of the others keep their last read).</source>
        <translation>Die Whitelist jedes Schlüssels lesen. Ohne diese Option liest eine spätere Synchronisierung die Schlüsselliste und die Ereignisse und nur die Whitelists der Schlüssel, die die Ereignisse nennen (die Nutzungszähler der anderen bleiben beim letzten Lesen).</translation>
    </message>
    <message>
        <source>%1; unchanged until %2</source>
        <translation>%1; unverändert bis %2</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1 (Dienstkonto)</translation>
    </message>
    <message>
        <source>service account %1 (%2)</source>
        <translation>Dienstkonto %1 (%2)</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output (csv: the keys; the entries go to NAME-entries.csv, the report&apos;s findings to NAME-findings.csv and the service accounts to NAME-serviceaccounts.csv, or follow on standard output, each after a blank line).</source>
        <translation>Die zu schreibende Datei oder - für die Standardausgabe (csv: die Schlüssel; die Einträge kommen nach NAME-entries.csv, die Befunde des Berichts nach NAME-findings.csv und die Dienstkonten nach NAME-serviceaccounts.csv, oder folgen auf der Standardausgabe, jeweils nach einer Leerzeile).</translation>
    </message>
    <message>
        <source>Report service-account secrets expiring within N days (14).</source>
        <translation>Dienstkonto-Geheimnisse melden, die innerhalb von N Tagen ablaufen (14).</translation>
    </message>
    <message>
        <source>--secret-days needs a whole number of days from 1 to 365.</source>
        <translation>--secret-days erwartet eine ganze Zahl von Tagen von 1 bis 365.</translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) added, removed or changed</source>
        <translation>
            <numerusform>%n Dienstkonto hinzugefügt, entfernt oder geändert</numerusform>
            <numerusform>%n Dienstkonten hinzugefügt, entfernt oder geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as this service account (mdb_sa_id_…) instead of a key.</source>
        <translation>Als dieses Dienstkonto (mdb_sa_id_…) statt mit einem Schlüssel anmelden.</translation>
    </message>
    <message>
        <source>%1: give --public-key or --client-id, not both.</source>
        <translation>%1: Geben Sie --public-key oder --client-id an, nicht beides.</translation>
    </message>
    <message>
        <source>Sync organizations into the offline cache. The private key is read from --private-key-file or APIACCESS_PRIVATE_KEY (a service account&apos;s secret from --client-secret-file or APIACCESS_CLIENT_SECRET), never from the command line. Quiet unless something is wrong.</source>
        <translation>Organisationen in den Offline-Cache synchronisieren. Der private Schlüssel wird aus --private-key-file oder APIACCESS_PRIVATE_KEY gelesen (das Geheimnis eines Dienstkontos aus --client-secret-file oder APIACCESS_CLIENT_SECRET), nie von der Befehlszeile. Still, solange nichts falsch ist.</translation>
    </message>
    <message>
        <source>A file holding the service account&apos;s secret.</source>
        <translation>Eine Datei mit dem Geheimnis des Dienstkontos.</translation>
    </message>
    <message>
        <source>Give --profile NAME, or --url BASE and --public-key KEY (or --client-id ID).</source>
        <translation>Geben Sie --profile NAME an, oder --url BASE und --public-key KEY (oder --client-id ID).</translation>
    </message>
    <message>
        <source>The keyring holds no client secret for %1.</source>
        <translation>Der Schlüsselbund enthält kein Client-Geheimnis für %1.</translation>
    </message>
    <message>
        <source>Use --client-secret-file FILE or APIACCESS_CLIENT_SECRET (and --remember-key to store it).</source>
        <translation>Verwenden Sie --client-secret-file FILE oder APIACCESS_CLIENT_SECRET (und --remember-key, um es zu speichern).</translation>
    </message>
    <message>
        <source>Ops Manager&apos;s instance (its global API keys and global access list) instead of an organization.</source>
        <translation>Die Ops-Manager-Instanz (ihre globalen API-Schlüssel und ihre globale Zugriffsliste) statt einer Organisation.</translation>
    </message>
    <message>
        <source>%1: --org and --instance exclude each other.</source>
        <translation>%1: --org und --instance schließen einander aus.</translation>
    </message>
    <message>
        <source>%1: --org ID (or --instance) is required.</source>
        <translation>%1: --org ID (oder --instance) ist erforderlich.</translation>
    </message>
    <message>
        <source>Only Ops Manager&apos;s instance: its global API keys and global access list (needs a global role).</source>
        <translation>Nur die Ops-Manager-Instanz: ihre globalen API-Schlüssel und ihre globale Zugriffsliste (braucht eine globale Rolle).</translation>
    </message>
    <message>
        <source>sync --instance: %1 is not Ops Manager; only Ops Manager has global API keys and a global access list.</source>
        <translation>sync --instance: %1 ist kein Ops Manager; nur Ops Manager hat globale API-Schlüssel und eine globale Zugriffsliste.</translation>
    </message>
    <message>
        <source>global access list entry %1</source>
        <translation>Eintrag der globalen Zugriffsliste %1</translation>
    </message>
    <message>
        <source>The API to speak: public-v1 (Ops Manager, Cloud Manager; the default) or atlas (the Atlas Administration API v2).</source>
        <translation>Die zu sprechende API: public-v1 (Ops Manager, Cloud Manager; Standard) oder atlas (die Atlas Administration API v2).</translation>
    </message>
    <message>
        <source>%1: --api takes public-v1 or atlas, not %2.</source>
        <translation>%1: --api nimmt public-v1 oder atlas, nicht %2.</translation>
    </message>
    <message>
        <source>%1 answers the Atlas Administration API v2, not the Public API v1.0: sync again with --api atlas.</source>
        <translation>%1 beantwortet die Atlas Administration API v2, nicht die Public API v1.0: Synchronisieren Sie erneut mit --api atlas.</translation>
    </message>
    <message>
        <source>%1 answers the Public API v1.0 (Ops Manager or Cloud Manager), not the Atlas Administration API v2: sync again with --api public-v1.</source>
        <translation>%1 beantwortet die Public API v1.0 (Ops Manager oder Cloud Manager), nicht die Atlas Administration API v2: Synchronisieren Sie erneut mit --api public-v1.</translation>
    </message>
    <message>
        <source>%1: %2 signs in as a service account: --public-key does not apply.</source>
        <translation>%1: %2 meldet sich als Dienstkonto an: --public-key gilt nicht.</translation>
    </message>
    <message>
        <source>%1: %2 signs in as a service account: give --client-secret-file, not --private-key-file.</source>
        <translation>%1: %2 meldet sich als Dienstkonto an: Geben Sie --client-secret-file an, nicht --private-key-file.</translation>
    </message>
    <message>
        <source>%1: --client-secret-file is for a service account (--client-id).</source>
        <translation>%1: --client-secret-file ist für ein Dienstkonto (--client-id).</translation>
    </message>
    <message>
        <source>rotate key: %1 exists; give the name of a new file (nothing is overwritten).</source>
        <translation>rotate key: %1 existiert; geben Sie den Namen einer neuen Datei an (nichts wird überschrieben).</translation>
    </message>
    <message>
        <source>rotate key: cannot create %1: %2</source>
        <translation>rotate key: %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Only this connection&apos;s cache.</source>
        <translation>Nur der Cache dieser Verbindung.</translation>
    </message>
    <message>
        <source>The key rotations in progress, from the caches (nothing is sent): each one&apos;s step, its new key, and when the old key was last used.</source>
        <translation>Die laufenden Schlüsselrotationen aus den Caches (nichts wird gesendet): jeweils Schritt, neuer Schlüssel und letzte Nutzung des alten Schlüssels.</translation>
    </message>
    <message>
        <source>No key rotation is in progress.</source>
        <translation>Es läuft keine Schlüsselrotation.</translation>
    </message>
    <message>
        <source>never used (as last synced)</source>
        <translation>nie verwendet (laut letzter Synchronisierung)</translation>
    </message>
    <message>
        <source>last used %1, after the new key was made</source>
        <translation>zuletzt %1 verwendet, nach dem Erstellen des neuen Schlüssels</translation>
    </message>
    <message>
        <source>last used %1, not since the new key was made</source>
        <translation>zuletzt %1 verwendet, nicht seit dem Erstellen des neuen Schlüssels</translation>
    </message>
    <message>
        <source>%1  %2 → %3  %4  old key %5%6</source>
        <translation>%1  %2 → %3  %4  alter Schlüssel %5%6</translation>
    </message>
    <message>
        <source>Usage: apiaccess rotate key|status|finish|cancel …
  rotate key --org ID --key KEY --private-key-out FILE|-   create the new key, copy and check (again: resume)
  rotate status [--json]                                   the rotations in progress
  rotate finish --org ID --key KEY                          delete the old key
  rotate cancel --org ID --key KEY                          delete the new key
Each takes the connection options of sync (rotate key --help lists them).</source>
        <translation>Aufruf: apiaccess rotate key|status|finish|cancel …
  rotate key --org ID --key KEY --private-key-out FILE|-   neuen Schlüssel erstellen, kopieren und prüfen (erneut: fortsetzen)
  rotate status [--json]                                   die laufenden Rotationen
  rotate finish --org ID --key KEY                          den alten Schlüssel löschen
  rotate cancel --org ID --key KEY                          den neuen Schlüssel löschen
Jede nimmt die Verbindungsoptionen von sync (rotate key --help listet sie).</translation>
    </message>
    <message>
        <source>rotate: expected key, status, finish or cancel.</source>
        <translation>rotate: erwartet wird key, status, finish oder cancel.</translation>
    </message>
    <message>
        <source>rotate: unknown action &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>rotate: unbekannte Aktion &apos;%1&apos; – meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>Rotate an API key without an outage: create a new key with the old key&apos;s organization roles, projects and access-list entries, read it back and check it. Its private key is written once, to --private-key-out (0600; - for standard output). Run again to resume a rotation that stopped; then switch the clients and run rotate finish.</source>
        <translation>Einen API-Schlüssel ohne Ausfall rotieren: einen neuen Schlüssel mit den Organisationsrollen, Projekten und Zugriffslisteneinträgen des alten erstellen, zurücklesen und prüfen. Sein privater Schlüssel wird einmal nach --private-key-out geschrieben (0600; - für die Standardausgabe). Erneut ausführen setzt eine gestoppte Rotation fort; dann die Clients umstellen und rotate finish ausführen.</translation>
    </message>
    <message>
        <source>Finish a rotation: delete the old key (refused while this connection signs in with it).</source>
        <translation>Eine Rotation abschließen: den alten Schlüssel löschen (abgelehnt, solange diese Verbindung sich mit ihm anmeldet).</translation>
    </message>
    <message>
        <source>Cancel a rotation: delete the new key; the old key stays as it was.</source>
        <translation>Eine Rotation abbrechen: den neuen Schlüssel löschen; der alte bleibt, wie er war.</translation>
    </message>
    <message>
        <source>The organization.</source>
        <translation>Die Organisation.</translation>
    </message>
    <message>
        <source>The old key: its public key or key ID.</source>
        <translation>Der alte Schlüssel: sein öffentlicher Schlüssel oder seine Schlüssel-ID.</translation>
    </message>
    <message>
        <source>Where the new private key goes: a new file (0600), or - for standard output.</source>
        <translation>Wohin der neue private Schlüssel geht: eine neue Datei (0600) oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>The new key&apos;s description (default: the old one&apos;s with &quot;(rotated YYYY-MM)&quot;).</source>
        <translation>Die Beschreibung des neuen Schlüssels (Standard: die des alten mit &quot;(rotated YYYY-MM)&quot;).</translation>
    </message>
    <message>
        <source>Leave this project out (repeatable).</source>
        <translation>Dieses Projekt auslassen (wiederholbar).</translation>
    </message>
    <message>
        <source>Leave this access-list entry out (repeatable).</source>
        <translation>Diesen Zugriffslisteneintrag auslassen (wiederholbar).</translation>
    </message>
    <message>
        <source>%1: give --org ID and --key KEY.</source>
        <translation>%1: Geben Sie --org ID und --key KEY an.</translation>
    </message>
    <message>
        <source>rotate key: give --private-key-out FILE (or - for standard output): the new private key is shown only once.</source>
        <translation>rotate key: Geben Sie --private-key-out FILE an (oder - für die Standardausgabe): Der neue private Schlüssel wird nur einmal gezeigt.</translation>
    </message>
    <message>
        <source>%1: no key %2 in organization %3.</source>
        <translation>%1: kein Schlüssel %2 in Organisation %3.</translation>
    </message>
    <message>
        <source>%1: organization %2 is not in this connection&apos;s cache: sync it first.</source>
        <translation>%1: Organisation %2 ist nicht im Cache dieser Verbindung: Synchronisieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>rotate key: the new private key could not be written to %1. The key %2 exists: run rotate cancel to delete it, then start again.</source>
        <translation>rotate key: Der neue private Schlüssel konnte nicht nach %1 geschrieben werden. Der Schlüssel %2 existiert: Führen Sie rotate cancel aus, um ihn zu löschen, dann neu beginnen.</translation>
    </message>
    <message>
        <source>New key %1 (%2) is ready: it has the old key&apos;s roles, projects and entries. Switch the clients to it, then run: apiaccess rotate finish --org %3 --key %4</source>
        <translation>Neuer Schlüssel %1 (%2) ist bereit: Er hat die Rollen, Projekte und Einträge des alten. Stellen Sie die Clients um, dann ausführen: apiaccess rotate finish --org %3 --key %4</translation>
    </message>
    <message>
        <source>Deleted the old key %1; the rotation is finished.</source>
        <translation>Alter Schlüssel %1 gelöscht; die Rotation ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The connection %1 now signs in with %2.</source>
        <translation>Die Verbindung %1 meldet sich jetzt mit %2 an.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>no new key was made.</source>
        <translation>Es wurde kein neuer Schlüssel erstellt.</translation>
    </message>
    <message>
        <source>the new key %1 was deleted.</source>
        <translation>Der neue Schlüssel %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>A key older than N days (by its creation event) is due for rotation (90).</source>
        <translation>Ein Schlüssel, der älter als N Tage ist (laut seinem Erstellungsereignis), ist zur Rotation fällig (90).</translation>
    </message>
    <message>
        <source>--rotation-days needs a whole number of days from 1 to 3650.</source>
        <translation>--rotation-days braucht eine ganze Zahl von Tagen von 1 bis 3650.</translation>
    </message>
    <message>
        <source>Where the history is kept: sqlite:PATH, or a team&apos;s PostgreSQL store postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem] (its password from the keyring, PGPASSWORD or ~/.pgpass, never in the address). With --profile, kept in the profile once the command succeeded.</source>
        <translation>Wo der Verlauf liegt: sqlite:PATH oder der PostgreSQL-Speicher eines Teams postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem] (sein Passwort aus dem Schlüsselbund, PGPASSWORD oder ~/.pgpass, nie in der Adresse). Mit --profile im Profil gespeichert, sobald der Befehl gelang.</translation>
    </message>
    <message>
        <source>The store %1 does not hold organization %2.</source>
        <translation>Der Speicher %1 enthält die Organisation %2 nicht.</translation>
    </message>
    <message>
        <source>Read this history store instead of the profiles&apos; caches: sqlite:PATH or postgresql://USER@HOST[:PORT]/DATABASE (password from the keyring, PGPASSWORD or ~/.pgpass).</source>
        <translation>Diesen Verlaufsspeicher statt der Caches der Profile lesen: sqlite:PATH oder postgresql://USER@HOST[:PORT]/DATABASE (Passwort aus dem Schlüsselbund, PGPASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>The store to copy from.</source>
        <translation>Der Speicher, aus dem kopiert wird.</translation>
    </message>
    <message>
        <source>The store to copy into.</source>
        <translation>Der Speicher, in den kopiert wird.</translation>
    </message>
    <message>
        <source>Only this organization (repeatable).</source>
        <translation>Nur diese Organisation (wiederholbar).</translation>
    </message>
    <message>
        <source>Copies a store&apos;s history, notes and rotations into another: sqlite:PATH to postgresql://… and back. Run twice, nothing is copied twice.</source>
        <translation>Kopiert Verlauf, Notizen und Rotationen eines Speichers in einen anderen: sqlite:PATH nach postgresql://… und zurück. Zweimal ausgeführt, wird nichts doppelt kopiert.</translation>
    </message>
    <message>
        <source>store copy: --from LOCATION and --to LOCATION are required.</source>
        <translation>store copy: --from LOCATION und --to LOCATION sind erforderlich.</translation>
    </message>
    <message>
        <source>store copy: --from and --to are the same store.</source>
        <translation>store copy: --from und --to sind derselbe Speicher.</translation>
    </message>
    <message>
        <source>store copy: there is no file %1.</source>
        <translation>store copy: Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 organizations: %2 snapshots copied, %3 already there; %4 notes copied, %5 kept (the same or newer there); %6 rotations copied.</source>
        <translation>%1 Organisationen: %2 Snapshots kopiert, %3 schon vorhanden; %4 Notizen kopiert, %5 belassen (dort gleich oder neuer); %6 Rotationen kopiert.</translation>
    </message>
    <message>
        <source>The store.</source>
        <translation>Der Speicher.</translation>
    </message>
    <message>
        <source>Opens a store (creating or updating its schema) and says what it holds.</source>
        <translation>Öffnet einen Speicher (legt sein Schema an oder aktualisiert es) und sagt, was er enthält.</translation>
    </message>
    <message>
        <source>store info: --store LOCATION is required.</source>
        <translation>store info: --store LOCATION ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 (%2, schema %3)</source>
        <translation>%1 (%2, Schema %3)</translation>
    </message>
    <message>
        <source>%1  %2  last sync %3 by %4</source>
        <translation>%1  %2  letzte Synchronisierung %3 von %4</translation>
    </message>
    <message>
        <source>The PostgreSQL store.</source>
        <translation>Der PostgreSQL-Speicher.</translation>
    </message>
    <message>
        <source>Keeps a PostgreSQL store&apos;s password in the system keyring: read from APIACCESS_STORE_PASSWORD or one line of standard input, never from an argument. It is tried before it is kept.</source>
        <translation>Bewahrt das Passwort eines PostgreSQL-Speichers im Schlüsselbund des Systems auf: gelesen aus APIACCESS_STORE_PASSWORD oder einer Zeile der Standardeingabe, nie aus einem Argument. Es wird vor dem Speichern ausprobiert.</translation>
    </message>
    <message>
        <source>store login: --store postgresql://USER@HOST/DATABASE is required.</source>
        <translation>store login: --store postgresql://USER@HOST/DATABASE ist erforderlich.</translation>
    </message>
    <message>
        <source>store login: no password (APIACCESS_STORE_PASSWORD or standard input).</source>
        <translation>store login: kein Passwort (APIACCESS_STORE_PASSWORD oder Standardeingabe).</translation>
    </message>
    <message>
        <source>The password of %1 is in the system keyring.</source>
        <translation>Das Passwort von %1 liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>store: give copy, info or login (apiaccess store copy --help).</source>
        <translation>store: Geben Sie copy, info oder login an (apiaccess store copy --help).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start with the built-in demo server (the default while no connection profile exists).</source>
        <translation>Mit dem eingebauten Demo-Server starten (Standard, solange kein Verbindungsprofil existiert).</translation>
    </message>
    <message>
        <source>Open the saved connection NAME.</source>
        <translation>Die gespeicherte Verbindung NAME öffnen.</translation>
    </message>
    <message>
        <source>The language: en, de, fr, es, ja or zh_CN (default: the one chosen in View → Language, else the system&apos;s).</source>
        <translation>Die Sprache: en, de, fr, es, ja oder zh_CN (Standard: die unter Ansicht → Sprache gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>system, light or dark (default: View → Theme).</source>
        <translation>system, light oder dark (Standard: Ansicht → Farbschema).</translation>
    </message>
    <message>
        <source>Show the cached data only: nothing is sent to any server.</source>
        <translation>Nur die zwischengespeicherten Daten zeigen: Nichts wird an einen Server gesendet.</translation>
    </message>
    <message>
        <source>API Access Console</source>
        <translation>API Access Console</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> – meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>(apiaccess --help lists the commands)</source>
        <translation>(apiaccess --help listet die Befehle)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (apiaccess --help lists the commands; a command comes first)</source>
        <translation>unerwartetes Argument „%1“ (apiaccess --help listet die Befehle; ein Befehl steht an erster Stelle)</translation>
    </message>
    <message>
        <source>API Access Console: programmatic API keys, their IP whitelists and the organization setting &quot;Require IP Whitelist for Public API&quot; of MongoDB Ops Manager and Cloud Manager.

Headless commands (each has --help; none needs a display):
  sync (--profile NAME | --url BASE --public-key KEY) [--org ID | --all-orgs]
       the private key from --private-key-file FILE or APIACCESS_PRIVATE_KEY
  rotate key --org ID --key KEY --private-key-out FILE|-   a new key like the old; then
  rotate finish|cancel --org ID --key KEY · rotate status [--json]
  store copy --from LOCATION --to LOCATION   history and notes into a team store (and back)
  store info|login --store postgresql://USER@HOST/DB   what it holds · its password to the keyring
  profiles [--json]                 saved connections and their last sync
  orgs [--profile NAME] [--json]    cached organizations
  snapshots --org ID [--json]       stored snapshots and what each changed
  check-ip ADDRESS --org ID [--json]
  report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]
  diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]
  export --org ID --format csv|json|md|html|pdf --out FILE|- [--snapshot ID]
  events --org ID [--json]          who changed what, from where
  screenshots --out DIR [--lang L] [--theme light|dark] [--scale N]
  completion bash|zsh|fish          the shell&apos;s completion script
Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage, 3 authentication or whitelist refusal, 4 network or TLS, 5 cache problem, 6 output not written, 7 organization or snapshot not found.</source>
        <translation>API Access Console: programmatische API-Schlüssel, ihre IP-Whitelists und die Organisationseinstellung „Require IP Whitelist for Public API“ von MongoDB Ops Manager und Cloud Manager.

Befehle ohne Oberfläche (jeder hat --help; keiner braucht eine Anzeige):
  sync (--profile NAME | --url BASE --public-key KEY) [--org ID | --all-orgs]
       der private Schlüssel aus --private-key-file FILE oder APIACCESS_PRIVATE_KEY
  rotate key --org ID --key KEY --private-key-out FILE|-   ein neuer Schlüssel wie der alte; dann
  rotate finish|cancel --org ID --key KEY · rotate status [--json]
  store copy --from LOCATION --to LOCATION   Verlauf und Notizen in einen Team-Speicher (und zurück)
  store info|login --store postgresql://USER@HOST/DB   was er enthält · sein Passwort in den Schlüsselbund
  profiles [--json]                 gespeicherte Verbindungen und ihre letzte Synchronisierung
  orgs [--profile NAME] [--json]    Organisationen im Cache
  snapshots --org ID [--json]       gespeicherte Snapshots und was jeder geändert hat
  check-ip ADDRESS --org ID [--json]
  report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]
  diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]
  export --org ID --format csv|json|md|html|pdf --out FILE|- [--snapshot ID]
  events --org ID [--json]          wer was geändert hat, von wo
  screenshots --out DIR [--lang L] [--theme light|dark] [--scale N]
  completion bash|zsh|fish          das Vervollständigungsskript der Shell
Exit-Codes: 0 in Ordnung, 1 Befunde ab --fail-on, 2 Aufruffehler, 3 Authentifizierung oder Whitelist abgelehnt, 4 Netzwerk oder TLS, 5 Cache-Problem, 6 Ausgabe nicht geschrieben, 7 Organisation oder Snapshot nicht gefunden.</translation>
    </message>
</context>
</TS>
