<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessDecision</name>
    <message>
        <source>Allowed: %1 is covered by the whitelist entry %2.</source>
        <translation>Permitida: %1 está cubierta por la entrada %2 de la lista blanca.</translation>
    </message>
    <message>
        <source>Allowed: the key has no whitelist and the organization does not require one, so any address may call it.</source>
        <translation>Permitida: la clave no tiene lista blanca y la organización no la exige, así que cualquier dirección puede usarla.</translation>
    </message>
    <message numerus="yes">
        <source>Denied: %2 is not covered by any of the key&apos;s %n whitelist entries (the server answers %1).</source>
        <translation>
            <numerusform>Denegado: %2 no está cubierta por ninguna de las %n entradas de la lista blanca de la clave (el servidor responde %1).</numerusform>
            <numerusform>Denegado: %2 no está cubierta por ninguna de las %n entradas de la lista blanca de la clave (el servidor responde %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Denied: the organization requires a whitelist and this key has none, so it cannot call the API from any address (the server answers %1).</source>
        <translation>Denegado: la organización exige una lista blanca y esta clave no tiene ninguna, así que no puede llamar a la API desde ninguna dirección (el servidor responde %1).</translation>
    </message>
    <message>
        <source>Denied: this endpoint requires the key to have a whitelist, and it has none (the server answers %1).</source>
        <translation>Denegado: este punto de acceso exige que la clave tenga una lista blanca, y no tiene ninguna (el servidor responde %1).</translation>
    </message>
    <message>
        <source>Unknown: the key has no whitelist, so any address is allowed unless the organization requires a whitelist. The organization setting could not be read (if it is on, the server answers %1).</source>
        <translation>Desconocido: la clave no tiene lista blanca, así que se permite cualquier dirección salvo que la organización exija una. No se pudo leer el ajuste de la organización (si está activo, el servidor responde %1).</translation>
    </message>
    <message>
        <source>Allowed: %1 is covered by the access-list entry %2.</source>
        <translation>Permitido: %1 está cubierto por la entrada de lista de acceso %2.</translation>
    </message>
    <message numerus="yes">
        <source>Denied: %2 is not covered by any of the service account&apos;s %n access-list entries (the server answers %1 when a token is used from there).</source>
        <translation>
            <numerusform>Denegado: %2 no está cubierto por ninguna de las %n entradas de la lista de acceso de la cuenta de servicio (el servidor responde %1 cuando se usa un token desde allí).</numerusform>
            <numerusform>Denegado: %2 no está cubierto por ninguna de las %n entradas de la lista de acceso de la cuenta de servicio (el servidor responde %1 cuando se usa un token desde allí).</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowed: the service account has no access list and the organization does not require one, so its tokens work from any address.</source>
        <translation>Permitido: la cuenta de servicio no tiene lista de acceso y la organización no la exige, así que sus tokens funcionan desde cualquier dirección.</translation>
    </message>
    <message>
        <source>Denied: the organization requires an access list and this service account has none, so its tokens work from no address (the server answers %1).</source>
        <translation>Denegado: la organización exige una lista de acceso y esta cuenta de servicio no tiene, así que sus tokens no funcionan desde ninguna dirección (el servidor responde %1).</translation>
    </message>
    <message>
        <source>Denied: this endpoint requires the service account to have an access list, and it has none (the server answers %1).</source>
        <translation>Denegado: este endpoint exige que la cuenta de servicio tenga lista de acceso, y no tiene (el servidor responde %1).</translation>
    </message>
    <message>
        <source>Unknown: the service account has no access list, so any address is allowed unless the organization requires one. The organization setting could not be read (if it is on, the server answers %1).</source>
        <translation>Desconocido: la cuenta de servicio no tiene lista de acceso, así que se permite cualquier dirección salvo que la organización la exija. No se pudo leer el ajuste de la organización (si está activado, el servidor responde %1).</translation>
    </message>
</context>
<context>
    <name>AccessListModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Dirección o CIDR</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation>Último uso desde</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>Nota local</translation>
    </message>
</context>
<context>
    <name>AddEntriesDialog</name>
    <message>
        <source>Add whitelist entries to %1</source>
        <translation>Añadir entradas a la lista blanca de %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>AddressCheck</name>
    <message>
        <source>Unknown: the key&apos;s whitelist could not be read (%1).</source>
        <translation>Desconocido: no se pudo leer la lista blanca de la clave (%1).</translation>
    </message>
    <message>
        <source>Unknown: the service account&apos;s access list could not be read (%1).</source>
        <translation>Desconocido: no se pudo leer la lista de acceso de la cuenta de servicio (%1).</translation>
    </message>
    <message>
        <source>Unknown: the global access list could not be read (%1).</source>
        <translation>Desconocido: no se pudo leer la lista de acceso global (%1).</translation>
    </message>
    <message>
        <source>Allowed: the global access list entry %1 (%2) covers %3.</source>
        <translation>Permitido: la entrada %1 (%2) de la lista de acceso global cubre %3.</translation>
    </message>
    <message>
        <source>Denied: the global access list is empty (Ops Manager&apos;s documentation does not say whether an empty list admits none or any; this console assumes none).</source>
        <translation>Denegado: la lista de acceso global está vacía (la documentación de Ops Manager no dice si una lista vacía no admite ninguna dirección o todas; esta consola supone ninguna).</translation>
    </message>
    <message numerus="yes">
        <source>Denied: none of the global access list&apos;s %n entry(ies) covers %1.</source>
        <translation>
            <numerusform>Denegado: la entrada (%n) de la lista de acceso global no cubre %1.</numerusform>
            <numerusform>Denegado: ninguna de las %n entradas de la lista de acceso global cubre %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressCheckPage</name>
    <message>
        <source>The address the server sees me from</source>
        <translation>La dirección desde la que me ve el servidor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address</source>
        <translation>Una dirección IPv4 o IPv6</translation>
    </message>
    <message>
        <source>Address to check</source>
        <translation>Dirección que comprobar</translation>
    </message>
    <message>
        <source>Which keys may call from the address</source>
        <translation>Qué claves pueden llamar desde la dirección</translation>
    </message>
    <message>
        <source>The server has not reported which address it sees this console calling from.</source>
        <translation>El servidor no ha indicado desde qué dirección ve llamar a esta consola.</translation>
    </message>
    <message>
        <source>Type an address to see, for every key, whether it may call from there.</source>
        <translation>Escriba una dirección para ver, para cada clave, si puede llamar desde ella.</translation>
    </message>
    <message>
        <source>Type one address, not a block.</source>
        <translation>Escriba una sola dirección, no un bloque.</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Aún no hay nada en caché de esta organización: sincronícela (F5).</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitida</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) may call from %2 (as cached %3).</source>
        <translation>
            <numerusform>%1 de %n clave puede llamar desde %2 (según la caché del %3).</numerusform>
            <numerusform>%1 de %n claves pueden llamar desde %2 (según la caché del %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open key</source>
        <translation>&amp;Abrir la clave</translation>
    </message>
    <message>
        <source>&amp;Add this address to its whitelist…</source>
        <translation>&amp;Añadir esta dirección a su lista blanca…</translation>
    </message>
    <message>
        <source>Add %1 to its whitelist…</source>
        <translation>Añadir %1 a su lista blanca…</translation>
    </message>
    <message>
        <source>Add this address to its whitelist…</source>
        <translation>Añadir esta dirección a su lista blanca…</translation>
    </message>
    <message>
        <source>Key or service account</source>
        <translation>Clave o cuenta de servicio</translation>
    </message>
    <message>
        <source>Public key or client ID</source>
        <translation>Clave pública o ID de cliente</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1 (cuenta de servicio)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service account(s) may use their tokens from there.</source>
        <translation>
            <numerusform>%1 de %n cuenta de servicio puede usar sus tokens desde allí.</numerusform>
            <numerusform>%1 de %n cuentas de servicio pueden usar sus tokens desde allí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to its access list…</source>
        <translation>Añadir %1 a su lista de acceso…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The root document has no appName: this is not an Ops Manager or Cloud Manager API.</source>
        <translation>El documento raíz no tiene appName: esta no es una API de Ops Manager ni de Cloud Manager.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Server unreachable</source>
        <translation>Servidor inaccesible</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>API key not accepted</source>
        <translation>Clave de API no aceptada</translation>
    </message>
    <message>
        <source>Address not on the whitelist</source>
        <translation>Dirección fuera de la lista blanca</translation>
    </message>
    <message>
        <source>The organization requires a whitelist</source>
        <translation>La organización exige una lista blanca</translation>
    </message>
    <message>
        <source>This operation requires a whitelist</source>
        <translation>Esta operación exige una lista blanca</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>No permitido para esta clave</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Ya existe</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>su dirección</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source> The server said: “%1”</source>
        <translation> El servidor dijo: «%1»</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the server address, your network and the proxy settings of the connection.</source>
        <translation>No se pudo contactar con el servidor (%1). Compruebe la dirección del servidor, su red y la configuración de proxy de la conexión.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2. If you recognise it, add your organization&apos;s CA bundle to the connection, or trust this certificate for this connection only.</source>
        <translation>El certificado del servidor no es de confianza (%1). Su huella SHA-256 es %2. Si la reconoce, añada a la conexión el paquete de CA de su organización, o confíe en este certificado solo para esta conexión.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or a proxy may be holding the request; try again.</source>
        <translation>El servidor no respondió a tiempo. Puede estar sobrecargado o un proxy puede estar reteniendo la solicitud; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server did not accept API key %1: the public key or the private key is wrong, or the key was deleted. Check both in the connection profile.</source>
        <translation>El servidor no aceptó la clave de API %1: la clave pública o la privada es incorrecta, o la clave se eliminó. Compruebe ambas en el perfil de conexión.</translation>
    </message>
    <message>
        <source>The server sees this computer calling from %1, and that address is not on the whitelist of API key %2. Add %1 (or a block that covers it) to that key&apos;s whitelist, or connect from an address that is on it.</source>
        <translation>El servidor ve a este equipo llamar desde %1, y esa dirección no está en la lista blanca de la clave de API %2. Añada %1 (o un bloque que la cubra) a la lista blanca de esa clave, o conéctese desde una dirección que figure en ella.</translation>
    </message>
    <message>
        <source>The organization requires every API key to have a whitelist, and API key %2 has none, so it cannot be used from anywhere. Add %1 to its whitelist (with an Organization Owner key or in the web console).</source>
        <translation>La organización exige que cada clave de API tenga una lista blanca, y la clave de API %2 no tiene ninguna, así que no se puede usar desde ningún sitio. Añada %1 a su lista blanca (con una clave Organization Owner o en la consola web).</translation>
    </message>
    <message>
        <source>This operation is only allowed for API keys with a whitelist, and API key %2 has none. Add %1 to its whitelist, then try again.</source>
        <translation>Esta operación solo está permitida para claves de API con lista blanca, y la clave de API %2 no tiene. Añada %1 a su lista blanca y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>API key %1 is not allowed to do this.%2 Use a key with the needed role (for most changes: Organization Owner).</source>
        <translation>La clave de API %1 no tiene permiso para esto.%2 Use una clave con el rol necesario (para la mayoría de los cambios: Organization Owner).</translation>
    </message>
    <message>
        <source>It no longer exists on the server.%1 Refresh to see the current state.</source>
        <translation>Ya no existe en el servidor.%1 Actualice para ver el estado actual.</translation>
    </message>
    <message>
        <source>Nothing was changed because it is already there.%1</source>
        <translation>No se cambió nada porque ya existe.%1</translation>
    </message>
    <message>
        <source>The server refused the request.%1</source>
        <translation>El servidor rechazó la solicitud.%1</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting how often it may be called.%1 The console waits %n second(s) before trying again.</source>
        <translation>
            <numerusform>El servidor limita la frecuencia de las llamadas.%1 La consola espera %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>El servidor limita la frecuencia de las llamadas.%1 La consola espera %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).%2 Try again later; if it persists, the server&apos;s logs say more.</source>
        <translation>El servidor tuvo un problema (HTTP %1).%2 Inténtelo más tarde; si persiste, los registros del servidor dirán más.</translation>
    </message>
    <message>
        <source>The server answered with something that is not the API&apos;s JSON (HTTP %1). A proxy or a wrong server address may be in the way.</source>
        <translation>El servidor respondió con algo que no es el JSON de la API (HTTP %1). Puede que un proxy o una dirección de servidor errónea se interpongan.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The server accepted the change, but reading back the new value failed: %1 The next sync (F5) shows the value the server now holds.</source>
        <translation>El servidor aceptó el cambio, pero no se pudo volver a leer el nuevo valor: %1 La próxima sincronización (F5) muestra el valor que ahora tiene el servidor.</translation>
    </message>
    <message>
        <source>The server redirected to %1 — not followed: the key&apos;s credentials go to the connection&apos;s own server only. If that address is the right one, change the connection&apos;s server to it.</source>
        <translation>El servidor redirigió a %1 — no se siguió: las credenciales de la clave solo van al servidor de la conexión. Si esa dirección es la correcta, cambie el servidor de la conexión a ella.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used (HTTP %1: %2). A proxy or a wrong server address may be in the way.</source>
        <translation>La respuesta del servidor no se pudo usar (HTTP %1: %2). Puede que un proxy o una dirección de servidor incorrecta se interponga.</translation>
    </message>
    <message>
        <source>The server stopped answering (%1). It may be overloaded or a proxy may be holding the request; try again later.</source>
        <translation>El servidor dejó de responder (%1). Puede estar sobrecargado o un proxy puede estar reteniendo la solicitud; inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The server did not accept service account %1 (invalid_client): the client ID or the secret is wrong, or the secret expired or was deleted.%2 Add a new secret to the account (Organization Owner) and put it in the connection profile.</source>
        <translation>El servidor no aceptó la cuenta de servicio %1 (invalid_client): el ID de cliente o el secreto son incorrectos, o el secreto caducó o se eliminó.%2 Añada un secreto nuevo a la cuenta (Organization Owner) y póngalo en el perfil de conexión.</translation>
    </message>
    <message>
        <source>Service account %1 may hold at most 100 active tokens and has reached that limit (access_denied).%2 Tokens expire after an hour; wait, or revoke the ones other tools hold.</source>
        <translation>La cuenta de servicio %1 puede tener como máximo 100 tokens activos y ha alcanzado ese límite (access_denied).%2 Los tokens caducan tras una hora; espere o revoque los que tengan otras herramientas.</translation>
    </message>
    <message>
        <source>The server refused to give service account %1 a token (%2).%3</source>
        <translation>El servidor se negó a dar un token a la cuenta de servicio %1 (%2).%3</translation>
    </message>
    <message>
        <source>The server did not accept the token of service account %1, not even a fresh one: the account or its secret may have been deleted.%2 Check the connection profile.</source>
        <translation>El servidor no aceptó el token de la cuenta de servicio %1, ni siquiera uno nuevo: la cuenta o su secreto pueden haberse eliminado.%2 Compruebe el perfil de conexión.</translation>
    </message>
    <message>
        <source>The server sees this computer calling from %1, and that address is not on the access list of service account %2 (the list applies when a token is used, not when it is issued). Add %1 (or a block that covers it) to the account&apos;s access list, or connect from an address that is on it.</source>
        <translation>El servidor ve que este equipo llama desde %1, y esa dirección no está en la lista de acceso de la cuenta de servicio %2 (la lista se aplica cuando se usa un token, no cuando se emite). Añada %1 (o un bloque que la cubra) a la lista de acceso de la cuenta, o conéctese desde una dirección que esté en ella.</translation>
    </message>
    <message>
        <source>The organization requires an access list, and service account %2 has none, so its tokens work from nowhere. Add %1 to its access list (with an Organization Owner key or in the web console).</source>
        <translation>La organización exige una lista de acceso, y la cuenta de servicio %2 no tiene, así que sus tokens no funcionan en ningún sitio. Añada %1 a su lista de acceso (con una clave Organization Owner o en la consola web).</translation>
    </message>
    <message>
        <source>This operation is only allowed with an access list, and service account %2 has none. Add %1 to its access list, then try again.</source>
        <translation>Esta operación solo se permite con lista de acceso, y la cuenta de servicio %2 no tiene. Añada %1 a su lista de acceso y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Service account %1 is not allowed to do this.%2 Use an account or a key with the needed role (for most changes: Organization Owner).</source>
        <translation>La cuenta de servicio %1 no tiene permiso para esto.%2 Use una cuenta o una clave con el rol necesario (para la mayoría de los cambios: Organization Owner).</translation>
    </message>
    <message>
        <source>the token endpoint&apos;s answer holds no usable bearer token</source>
        <translation>la respuesta del endpoint de tokens no contiene ningún token bearer utilizable</translation>
    </message>
    <message>
        <source>an address it did not give</source>
        <translation>una dirección que no indicó</translation>
    </message>
    <message>
        <source>Another change to the same object reached the server at the same moment, so this one was not made.%1 Try again.</source>
        <translation>Otro cambio del mismo objeto llegó al servidor en el mismo momento, así que este no se hizo.%1 Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>API version not served</source>
        <translation>Versión de la API no servida</translation>
    </message>
    <message>
        <source>Only the key itself or a user administrator may read another key&apos;s access list, and API key %1 is neither: this list is unknown here, not empty. Sync with an Organization Owner key to see it.</source>
        <translation>Solo la propia clave o un administrador de usuarios puede leer la lista de acceso de otra clave, y la clave de API %1 no es ninguna de las dos: esta lista es desconocida aquí, no está vacía. Sincronice con una clave de Organization Owner para verla.</translation>
    </message>
    <message>
        <source>This version of API Access Console speaks a version of this resource (%1) that the server no longer serves.%2 Update API Access Console; nothing was changed.</source>
        <translation>Esta versión de API Access Console habla una versión de este recurso (%1) que el servidor ya no sirve.%2 Actualice API Access Console; no se cambió nada.</translation>
    </message>
    <message>
        <source>The server refuses to remove the entry that covers %1, the address this console calls from with API key %2: without it the key could no longer call from here. Nothing was changed. To remove it, connect from another address or with another key.</source>
        <translation>El servidor se niega a quitar la entrada que cubre %1, la dirección desde la que esta consola llama con la clave de API %2: sin ella la clave ya no podría llamar desde aquí. No se cambió nada. Para quitarla, conéctese desde otra dirección o con otra clave.</translation>
    </message>
</context>
<context>
    <name>ApiEvent</name>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>by %1 from %2</source>
        <translation>por %1 desde %2</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Clave de API %1</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>%1 creada %2</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 eliminada %2</translation>
    </message>
    <message>
        <source>%1: entry %2 added %3</source>
        <translation>%1: entrada %2 añadida %3</translation>
    </message>
    <message>
        <source>%1: entry %2 removed %3</source>
        <translation>%1: entrada %2 quitada %3</translation>
    </message>
    <message>
        <source>%1: roles changed %2</source>
        <translation>%1: roles cambiados %2</translation>
    </message>
    <message>
        <source>%1: description changed %2</source>
        <translation>%1: descripción cambiada %2</translation>
    </message>
    <message>
        <source>%1 assigned to project %2 %3</source>
        <translation>%1 asignada al proyecto %2 %3</translation>
    </message>
    <message>
        <source>%1 removed from project %2 %3</source>
        <translation>%1 quitada del proyecto %2 %3</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API turned on %1</source>
        <translation>«Require IP Whitelist for Public API» activado %1</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API turned off %1</source>
        <translation>«Require IP Whitelist for Public API» desactivado %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>API key “%1”</source>
        <translation>Clave de API «%1»</translation>
    </message>
    <message>
        <source>by this console (key %1); the server&apos;s own event is read with the next sync</source>
        <translation>por esta consola (clave %1); el evento del servidor se lee con la próxima sincronización</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>Enter a description: it is how people recognise the key.</source>
        <translation>Escriba una descripción: es como se reconoce la clave.</translation>
    </message>
    <message>
        <source>The description has %1 characters; the server accepts at most 250.</source>
        <translation>La descripción tiene %1 caracteres; el servidor acepta como máximo 250.</translation>
    </message>
    <message>
        <source>The description contains a control character (U+%1) at position %2; remove it.</source>
        <translation>La descripción contiene un carácter de control (U+%1) en la posición %2; quítelo.</translation>
    </message>
    <message>
        <source>The description contains a text direction override (U+%1) at position %2, which makes it display differently from what it is; remove it.</source>
        <translation>La descripción contiene un cambio forzado de dirección del texto (U+%1) en la posición %2, que hace que se muestre distinta de lo que es; quítelo.</translation>
    </message>
</context>
<context>
    <name>ApiKeysModel</name>
    <message>
        <source>Owner: %1
Ticket: %2
%3</source>
        <translation>Responsable: %1
Ticket: %2
%3</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>no legible</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>Roles de organización</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Lista blanca</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>Nota local</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>Roles del proyecto</translation>
    </message>
    <message>
        <source>rotating → %1</source>
        <translation>en rotación → %1</translation>
    </message>
    <message>
        <source>new key of a rotation of %1</source>
        <translation>clave nueva de una rotación de %1</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>Filter by description, public key, key ID or address (Ctrl+F)</source>
        <translation>Filtrar por descripción, clave pública, ID de clave o dirección (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter API keys</source>
        <translation>Filtrar claves de API</translation>
    </message>
    <message>
        <source>Show keys with role</source>
        <translation>Mostrar claves con el rol</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Whitelist of the selected key</source>
        <translation>Lista blanca de la clave seleccionada</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>Roles de proyecto</translation>
    </message>
    <message>
        <source>Projects the selected key is assigned to</source>
        <translation>Proyectos a los que está asignada la clave seleccionada</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Create key…</source>
        <translation>&amp;Crear clave…</translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation>&amp;Editar clave…</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>&amp;Eliminar clave…</translation>
    </message>
    <message>
        <source>&amp;Add whitelist entries…</source>
        <translation>&amp;Añadir entradas…</translation>
    </message>
    <message>
        <source>Copy key &amp;ID</source>
        <translation>Copiar &amp;ID de clave</translation>
    </message>
    <message>
        <source>Copy &amp;public key</source>
        <translation>Copiar clave &amp;pública</translation>
    </message>
    <message>
        <source>Copy a&amp;ddress</source>
        <translation>Copiar &amp;dirección</translation>
    </message>
    <message>
        <source>&amp;Invite key…</source>
        <translation>&amp;Invitar clave…</translation>
    </message>
    <message>
        <source>Change project &amp;roles…</source>
        <translation>Cambiar &amp;roles del proyecto…</translation>
    </message>
    <message>
        <source>&amp;Unassign from project…</source>
        <translation>Q&amp;uitar del proyecto…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>No key selected.</source>
        <translation>No hay ninguna clave seleccionada.</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Aún no hay nada en caché de esta organización: sincronícela (F5).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Public key &lt;code&gt;%2&lt;/code&gt; · Key ID &lt;code&gt;%3&lt;/code&gt; · Private key %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Clave pública &lt;code&gt;%2&lt;/code&gt; · ID de clave &lt;code&gt;%3&lt;/code&gt; · Clave privada %4</translation>
    </message>
    <message>
        <source>Whitelist not readable: %1</source>
        <translation>Lista blanca no legible: %1</translation>
    </message>
    <message>
        <source>This key has no whitelist: it may call from any address unless the organization requires a whitelist.</source>
        <translation>Esta clave no tiene lista blanca: puede llamar desde cualquier dirección salvo que la organización exija una lista blanca.</translation>
    </message>
    <message>
        <source>Offline: changes need the server.</source>
        <translation>Sin conexión: los cambios necesitan el servidor.</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change API keys.</source>
        <translation>Solo una clave Organization Owner puede cambiar las claves de API.</translation>
    </message>
    <message>
        <source>Saved the project roles of %1.</source>
        <translation>Roles de proyecto de %1 guardados.</translation>
    </message>
    <message>
        <source>Unassign from project?</source>
        <translation>¿Quitar del proyecto?</translation>
    </message>
    <message>
        <source>Remove %1 from %2? The key stays in the organization with its other roles.</source>
        <translation>¿Quitar %1 de %2? La clave sigue en la organización con sus demás roles.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Unassigned %1.</source>
        <translation>%1 quitada.</translation>
    </message>
    <message>
        <source>Not unassigned. %1</source>
        <translation>No se quitó. %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardada.</translation>
    </message>
    <message>
        <source>Delete API key?</source>
        <translation>¿Eliminar la clave de API?</translation>
    </message>
    <message>
        <source>Delete the API key %1? Everything that uses it stops working at once; this cannot be undone.</source>
        <translation>¿Eliminar la clave de API %1? Todo lo que la usa deja de funcionar al instante; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Eliminar clave</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 eliminada.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>No se eliminó. %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n whitelist entry(ies).</source>
        <translation>
            <numerusform>%n entrada añadida a la lista blanca.</numerusform>
            <numerusform>%n entradas añadidas a la lista blanca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the whitelist of %2?</source>
        <translation>¿Quitar %1 de la lista blanca de %2?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 quitada.</translation>
    </message>
    <message>
        <source>Pick an organization or project on the left to see its API keys.</source>
        <translation>Elija una organización o un proyecto a la izquierda para ver sus claves de API.</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Lista blanca</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>&amp;Remove entries…</source>
        <translation>&amp;Quitar entradas…</translation>
    </message>
    <message numerus="yes">
        <source>Whitelist (%n)</source>
        <translation>
            <numerusform>Lista blanca (%n)</numerusform>
            <numerusform>Lista blanca (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whitelist (not readable)</source>
        <translation>Lista blanca (no legible)</translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Proyectos (%n)</numerusform>
            <numerusform>Proyectos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the key this console is connected with. Deleting it locks this console out at once: every later request fails until you connect with another key (Connection → Edit this connection).</source>
        <translation>Es la clave con la que está conectada esta consola. Eliminarla bloquea la consola al instante: toda petición posterior falla hasta que se conecte con otra clave (Conexión → Editar esta conexión).</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>Eliminar y bloquear esta consola</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n entries from the whitelist of %1?</source>
        <translation>
            <numerusform>¿Quitar esta %n entrada de la lista blanca de %1?</numerusform>
            <numerusform>¿Quitar estas %n entradas de la lista blanca de %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the address this console calls from, is covered by %2.</source>
        <translation>%1, la dirección desde la que llama esta consola, está cubierta por %2.</translation>
    </message>
    <message>
        <source>This empties the whitelist: the key may then call from any address, or from none if the organization requires a whitelist.</source>
        <translation>La lista blanca queda vacía: la clave podrá llamar desde cualquier dirección, o desde ninguna si la organización exige una lista blanca.</translation>
    </message>
    <message>
        <source>Remove whitelist entries?</source>
        <translation>¿Quitar entradas de la lista blanca?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entry(ies)</source>
        <translation>
            <numerusform>Quitar %n entrada</numerusform>
            <numerusform>Quitar %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No quitado: %1</translation>
    </message>
    <message>
        <source>Invited %1 to %2.</source>
        <translation>%1 se invitó a %2.</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Creada el %1 por %2</translation>
    </message>
    <message>
        <source>Whitelist and usage as read %1 (no event named this key since; a full sync reads it again)</source>
        <translation>Lista blanca y uso tal como se leyeron el %1 (ningún evento ha nombrado esta clave desde entonces; una sincronización completa los vuelve a leer)</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copiado al portapapeles.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n addresses to the clipboard, one per line.</source>
        <translation>
            <numerusform>%n dirección copiada al portapapeles, una por línea.</numerusform>
            <numerusform>%n direcciones copiadas al portapapeles, una por línea.</numerusform>
        </translation>
    </message>
    <message>
        <source>To assign a key to a project, pick the project in the list on the left and use Invite key… (Ctrl+I) there: you choose the key and its roles in that project. Change project roles… and Unassign from project… are there too.</source>
        <translation>Para asignar una clave a un proyecto, elija el proyecto en la lista de la izquierda y use «Invitar clave…» (Ctrl+I) allí: elige la clave y sus roles en ese proyecto. «Cambiar roles del proyecto…» y «Quitar del proyecto…» también están allí.</translation>
    </message>
    <message>
        <source>%1 stays: this console calls from %2 with this key, the server refuses to remove the entry the caller uses, and without it the console would be locked out. To remove it, connect from another address or with another key.</source>
        <translation>%1 se queda: esta consola llama desde %2 con esta clave, el servidor se niega a quitar la entrada que usa quien llama y, sin ella, la consola quedaría bloqueada. Para quitarla, conéctese desde otra dirección o con otra clave.</translation>
    </message>
    <message>
        <source>This entry cannot be removed from here</source>
        <translation>Esta entrada no se puede quitar desde aquí</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>R&amp;otate key…</source>
        <translation>R&amp;otar clave…</translation>
    </message>
    <message>
        <source>A new key with this key&apos;s roles, projects and entries; then switch the clients and delete this one</source>
        <translation>Una clave nueva con los roles, proyectos y entradas de esta; luego cambie los clientes y elimine esta</translation>
    </message>
    <message>
        <source>R&amp;otation…</source>
        <translation>R&amp;otación…</translation>
    </message>
    <message>
        <source>Rotated: the old key %1 is deleted; %2 takes its place.</source>
        <translation>Rotada: la clave antigua %1 se eliminó; %2 ocupa su lugar.</translation>
    </message>
    <message>
        <source>Rotation of %1 cancelled; the new key %2 is deleted.</source>
        <translation>Rotación de %1 cancelada; la clave nueva %2 se eliminó.</translation>
    </message>
</context>
<context>
    <name>CacheAccess</name>
    <message>
        <source>the cache could not be opened</source>
        <translation>no se pudo abrir la caché</translation>
    </message>
    <message>
        <source>the team store does not answer</source>
        <translation>el almacén del equipo no responde</translation>
    </message>
    <message>
        <source>%1; it could not be kept on this computer either (%2)</source>
        <translation>%1; tampoco se pudo guardar en este equipo (%2)</translation>
    </message>
    <message>
        <source>the team store did not take it (%1); it is kept on this computer and written to the store as soon as it answers</source>
        <translation>el almacén del equipo no lo aceptó (%1); se guarda en este equipo y se escribe en el almacén en cuanto responda</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cannot create the cache file %1.</source>
        <translation>No se puede crear el archivo de caché %1.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>No se puede abrir la caché %1: %2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation>La caché %1 está dañada y no se pudo apartar.</translation>
    </message>
    <message>
        <source>The offline cache was damaged. It was set aside as %1 and a new, empty cache was created; the next sync fills it again.</source>
        <translation>La caché sin conexión estaba dañada. Se apartó como %1 y se creó una caché nueva y vacía; la próxima sincronización la llenará de nuevo.</translation>
    </message>
    <message>
        <source>Cannot read the cache&apos;s schema version.</source>
        <translation>No se puede leer la versión del esquema de la caché.</translation>
    </message>
    <message>
        <source>Updating the cache to schema %1 failed: %2</source>
        <translation>Falló la actualización de la caché al esquema %1: %2</translation>
    </message>
    <message>
        <source>The store was updated by a newer version of the console (schema %1; this one knows %2): it is shown read-only. Update the console to write to it.</source>
        <translation>El almacén fue actualizado por una versión más reciente de la consola (esquema %1; esta conoce %2): se muestra en solo lectura. Actualice la consola para escribir en él.</translation>
    </message>
    <message>
        <source>This console has no PostgreSQL driver (Debian package libqt6sql6-psql).</source>
        <translation>Esta consola no tiene el controlador de PostgreSQL (paquete Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL store %1: %2</source>
        <translation>No se puede abrir el almacén PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>The database role %1 may only read this store (an auditor&apos;s role): the console shows its history and notes and changes nothing in it.</source>
        <translation>El rol de base de datos %1 solo puede leer este almacén (un rol de auditor): la consola muestra su historial y sus notas y no cambia nada en él.</translation>
    </message>
    <message>
        <source>Cannot lock the store to update its schema: %1</source>
        <translation>No se puede bloquear el almacén para actualizar su esquema: %1</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s schema version.</source>
        <translation>No se puede leer la versión del esquema del almacén.</translation>
    </message>
    <message>
        <source>Updating the store to schema %1 failed: %2</source>
        <translation>La actualización del almacén al esquema %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>A global key has no list of its own: the global access list covers it.</source>
        <translation>Una clave global no tiene lista propia: la cubre la lista de acceso global.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Dé un nombre a la conexión.</translation>
    </message>
    <message>
        <source>The name cannot contain “/” or “\”.</source>
        <translation>El nombre no puede contener «/» ni «\».</translation>
    </message>
    <message>
        <source>Enter the API key&apos;s public key.</source>
        <translation>Escriba la clave pública de la clave de API.</translation>
    </message>
    <message>
        <source>“%1” does not look like a public key.</source>
        <translation>«%1» no parece una clave pública.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port.</source>
        <translation>Escriba el host y el puerto del proxy.</translation>
    </message>
    <message>
        <source>Enter the private key (it was shown once, when the key was created).</source>
        <translation>Escriba la clave privada (se mostró una sola vez, al crear la clave).</translation>
    </message>
    <message>
        <source>This does not look like a private key: it has no spaces and is about 36 characters long.</source>
        <translation>Esto no parece una clave privada: no tiene espacios y mide unos 36 caracteres.</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client ID.</source>
        <translation>Introduzca el ID de cliente de la cuenta de servicio.</translation>
    </message>
    <message>
        <source>“%1” is not a client ID: it is mdb_sa_id_ followed by 24 hexadecimal digits.</source>
        <translation>«%1» no es un ID de cliente: es mdb_sa_id_ seguido de 24 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Enter the client secret (it was shown once, when the secret was created).</source>
        <translation>Introduzca el secreto de cliente (se mostró una vez, al crearlo).</translation>
    </message>
    <message>
        <source>This does not look like a client secret: it starts with mdb_sa_sk_ and has no spaces.</source>
        <translation>Esto no parece un secreto de cliente: empieza por mdb_sa_sk_ y no tiene espacios.</translation>
    </message>
    <message>
        <source>Give a PostgreSQL database as postgresql://USER@HOST/DATABASE, or leave it empty to keep the history on this computer.</source>
        <translation>Indique una base de datos PostgreSQL como postgresql://USER@HOST/DATABASE, o déjelo vacío para guardar el historial en este equipo.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Enter the server address, as you type it in a browser.</source>
        <translation>Escriba la dirección del servidor tal como la escribe en un navegador.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; type it as in a browser, e.g. https://opsmanager.example.com:8443.</source>
        <translation>«%1» no es una dirección de servidor; escríbala como en un navegador, p. ej. https://opsmanager.example.com:8443.</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address, not %1://.</source>
        <translation>Use una dirección http:// o https://, no %1://.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; the API key goes in its own fields.</source>
        <translation>Quite el usuario y la contraseña de la dirección; la clave de API va en sus propios campos.</translation>
    </message>
    <message>
        <source>This connection uses http:// to %1: requests, answers and the key&apos;s digest travel unencrypted. Use https:// unless the network path is trusted.</source>
        <translation>Esta conexión usa http:// hacia %1: solicitudes, respuestas y el digest de la clave viajan sin cifrar. Use https:// salvo que la ruta de red sea de confianza.</translation>
    </message>
    <message>
        <source>The server address is %1 characters long; check what was pasted (an address has at most 2,048).</source>
        <translation>La dirección del servidor tiene %1 caracteres; revise lo que se pegó (una dirección tiene como máximo 2.048).</translation>
    </message>
    <message>
        <source>The server address contains an invisible character (U+%1); type it again instead of pasting it.</source>
        <translation>La dirección del servidor contiene un carácter invisible (U+%1); escríbala en lugar de pegarla.</translation>
    </message>
    <message>
        <source>The web console page is %1 characters long; at most 2048.</source>
        <translation>La página de la consola web tiene %1 caracteres; como máximo 2048.</translation>
    </message>
    <message>
        <source>The web console page needs {orgId} where the organization&apos;s ID goes, as in %1.</source>
        <translation>La página de la consola web necesita {orgId} donde va el ID de la organización, como en %1.</translation>
    </message>
    <message>
        <source>The web console page starts with {server}, https:// or http://.</source>
        <translation>La página de la consola web empieza por {server}, https:// o http://.</translation>
    </message>
    <message>
        <source>The web console page is not an address: %1</source>
        <translation>La página de la consola web no es una dirección: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>Something answered, but it is not the Ops Manager or Cloud Manager Public API (HTTP %1). Check the server address: it is the one you open in a browser.</source>
        <translation>Algo respondió, pero no es la API pública de Ops Manager ni de Cloud Manager (HTTP %1). Compruebe la dirección del servidor: es la que abre en un navegador.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1; the key sees %n organization(s).</source>
        <translation>
            <numerusform>Conectado a %1; la clave ve %n organización.</numerusform>
            <numerusform>Conectado a %1; la clave ve %n organizaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 with a token of the service account; it sees %n organization(s).</source>
        <translation>
            <numerusform>Conectado a %1 con un token de la cuenta de servicio; ve %n organización.</numerusform>
            <numerusform>Conectado a %1 con un token de la cuenta de servicio; ve %n organizaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server answers the Atlas Administration API v2, not the Public API v1.0: the API is now set to Atlas; test again.</source>
        <translation>Este servidor responde a la Atlas Administration API v2, no a la Public API v1.0: la API se ha cambiado a Atlas; pruebe de nuevo.</translation>
    </message>
    <message>
        <source>This server answers the Public API v1.0 (Ops Manager or Cloud Manager), not the Atlas Administration API v2: the API is now set to it; test again.</source>
        <translation>Este servidor responde a la Public API v1.0 (Ops Manager o Cloud Manager), no a la Atlas Administration API v2: la API se ha cambiado a ella; pruebe de nuevo.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Demo server (offline)</source>
        <translation>Servidor de demostración (sin conexión)</translation>
    </message>
    <message>
        <source>The local demo server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de demostración local: %1</translation>
    </message>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation>No hay ninguna conexión guardada llamada «%1».</translation>
    </message>
    <message>
        <source>The private key of “%1” is not in the system keyring.</source>
        <translation>La clave privada de «%1» no está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Private key for “%1”</source>
        <translation>Clave privada de «%1»</translation>
    </message>
    <message>
        <source>%1
Type the private key of %2 to connect, or cancel to review the cached data offline.</source>
        <translation>%1
Escriba la clave privada de %2 para conectarse, o cancele para revisar los datos en caché sin conexión.</translation>
    </message>
    <message>
        <source>No private key: “%1” is shown from the cache only.</source>
        <translation>Sin clave privada: «%1» se muestra solo desde la caché.</translation>
    </message>
    <message>
        <source>%1 — %2 (offline)</source>
        <translation>%1 — %2 (sin conexión)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its private key is removed from the system keyring. The data cached for offline review stays on this computer.</source>
        <translation>¿Eliminar la conexión «%1»? Su clave privada se quita del llavero del sistema. Los datos en caché para la revisión sin conexión se quedan en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Demo server (local, made-up data)</source>
        <translation>Servidor de demostración (local, datos ficticios)</translation>
    </message>
    <message>
        <source>Reading the private key from the system keyring…</source>
        <translation>Leyendo la clave privada del llavero del sistema…</translation>
    </message>
    <message>
        <source>The private key of “%1” (public key %2) is kept in memory for this session only, because the system keyring could not be used. It is forgotten when the console closes and asked for at the next start. To keep it, start a keyring (GNOME Keyring or KWallet) and save the connection again: Connection → Edit this connection.</source>
        <translation>La clave privada de «%1» (clave pública %2) se guarda en memoria solo para esta sesión, porque no se pudo usar el llavero del sistema. Se olvida al cerrar la consola y se pedirá en el próximo inicio. Para conservarla, inicie un llavero (GNOME Keyring o KWallet) y vuelva a guardar la conexión: Conexión → Editar esta conexión.</translation>
    </message>
    <message>
        <source>Saved “%1”: connected with the new settings.</source>
        <translation>«%1» guardada: conectada con la nueva configuración.</translation>
    </message>
    <message>
        <source>The client secret of “%1” is not in the system keyring.</source>
        <translation>El secreto de cliente de «%1» no está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Client secret for “%1”</source>
        <translation>Secreto de cliente de «%1»</translation>
    </message>
    <message>
        <source>%1
Type the client secret of service account %2 to connect, or cancel to review the cached data offline.</source>
        <translation>%1
Escriba el secreto de cliente de la cuenta de servicio %2 para conectarse, o cancele para revisar los datos en caché sin conexión.</translation>
    </message>
    <message>
        <source>Atlas demo server (offline)</source>
        <translation>Servidor de demostración de Atlas (sin conexión)</translation>
    </message>
    <message>
        <source>Atlas demo server (local, made-up data)</source>
        <translation>Servidor de demostración de Atlas (local, datos inventados)</translation>
    </message>
</context>
<context>
    <name>ContextModel</name>
    <message>
        <source>Organization %1</source>
        <translation>Organización %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Instancia de Ops Manager</translation>
    </message>
    <message>
        <source>The whole Ops Manager instance: its global API keys and its global access list</source>
        <translation>Toda la instancia de Ops Manager: sus claves de API globales y su lista de acceso global</translation>
    </message>
</context>
<context>
    <name>ContextPicker</name>
    <message>
        <source>Find an organization or project</source>
        <translation>Buscar organización o proyecto</translation>
    </message>
    <message>
        <source>Organizations and projects</source>
        <translation>Organizaciones y proyectos</translation>
    </message>
    <message>
        <source>Pick the organization or project to work on</source>
        <translation>Elija la organización o el proyecto en el que trabajar</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>I have copied the private key and stored it safely</source>
        <translation>He copiado la clave privada y la he guardado en un lugar seguro</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>Crear clave de API</translation>
    </message>
    <message>
        <source>Create API key for this project</source>
        <translation>Crear clave de API para este proyecto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “CI deploys for billing-prod”</source>
        <translation>Para qué es la clave, p. ej. «Despliegues de CI para billing-prod»</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Organization roles:</source>
        <translation>Roles de organización:</translation>
    </message>
    <message>
        <source>Project roles:</source>
        <translation>Roles de proyecto:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the private key now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it can call the API with this key&apos;s roles.</source>
        <translation>&lt;b&gt;Copie la clave privada ahora.&lt;/b&gt; El servidor la muestra solo esta vez; no se podrá volver a mostrar. Quien la tenga puede llamar a la API con los roles de esta clave.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Whitelist entries to add now (optional):</source>
        <translation>Entradas de lista blanca que añadir ahora (opcional):</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 of 250 characters</source>
        <translation>%1 de 250 caracteres</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
    <message>
        <source>Copy the private key and tick the box first: it cannot be shown again.</source>
        <translation>Copie primero la clave privada y marque la casilla: no se podrá volver a mostrar.</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clave pública:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation>Copiar &amp;ambas</translation>
    </message>
    <message>
        <source>The public and the private key, one per line: a client needs both.</source>
        <translation>La clave pública y la privada, una por línea: un cliente necesita ambas.</translation>
    </message>
    <message>
        <source>Public key: %1
Private key: %2</source>
        <translation>Clave pública: %1
Clave privada: %2</translation>
    </message>
    <message>
        <source>Create global API key</source>
        <translation>Crear clave de API global</translation>
    </message>
    <message>
        <source>Global roles:</source>
        <translation>Roles globales:</translation>
    </message>
    <message>
        <source>A global key has no access list of its own: the instance accepts it from the addresses on the global access list. Add its clients&apos; addresses there.</source>
        <translation>Una clave global no tiene lista de acceso propia: la instancia la acepta desde las direcciones de la lista de acceso global. Añada allí las direcciones de sus clientes.</translation>
    </message>
</context>
<context>
    <name>EditKeyDialog</name>
    <message>
        <source>Edit API key %1</source>
        <translation>Editar clave de API %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Organization roles (the list replaces the key&apos;s roles as a whole):</source>
        <translation>Roles de organización (la lista sustituye a todos los roles de la clave):</translation>
    </message>
    <message>
        <source>No role will be removed.</source>
        <translation>No se quitará ningún rol.</translation>
    </message>
    <message>
        <source>These roles will be removed: %1</source>
        <translation>Se quitarán estos roles: %1</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>This console is connected with this key: without Organization Owner it can no longer change API keys or the organization&apos;s setting, and cannot give the role back.</source>
        <translation>Esta consola está conectada con esta clave: sin Organization Owner ya no puede cambiar claves de API ni la configuración de la organización, ni devolver el rol.</translation>
    </message>
    <message>
        <source>This console is connected with this key: without Global Owner it can no longer change the global API keys or the global access list, and cannot give the role back.</source>
        <translation>Esta consola está conectada con esta clave: sin Global Owner ya no puede cambiar las claves de API globales ni la lista de acceso global, y no puede devolver el rol.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Dé un nombre a la cuenta.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>El nombre tiene %1 caracteres; se permiten %2 como máximo.</translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <source>One address or CIDR block per line, e.g.
192.0.2.15
198.51.100.0/24
2001:db8::/48</source>
        <translation>Una dirección o bloque CIDR por línea, p. ej.
192.0.2.15
198.51.100.0/24
2001:db8::/48</translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation>Entradas de la lista blanca</translation>
    </message>
    <message>
        <source>Validation of the entries</source>
        <translation>Validación de las entradas</translation>
    </message>
    <message>
        <source>Add the address the server sees me from (%1)</source>
        <translation>Añadir la dirección desde la que me ve el servidor (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) to add</source>
        <translation>
            <numerusform>%n entrada que añadir</numerusform>
            <numerusform>%n entradas que añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n que corregir</numerusform>
            <numerusform>%n que corregir</numerusform>
        </translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryBatch</name>
    <message>
        <source>%1 allows every address of its family.</source>
        <translation>%1 permite todas las direcciones de su familia.</translation>
    </message>
    <message>
        <source>Already covered by %1 on the whitelist.</source>
        <translation>Ya cubierta por %1 en la lista blanca.</translation>
    </message>
    <message>
        <source>Already covered by %1 above.</source>
        <translation>Ya cubierta por %1 más arriba.</translation>
    </message>
    <message>
        <source>%1 is a very broad block (%2 addresses): hardly narrower than no whitelist.</source>
        <translation>%1 es un bloque muy amplio (%2 direcciones): apenas más estrecho que no tener lista blanca.</translation>
    </message>
    <message>
        <source>%1 is a broad block (%2 addresses).</source>
        <translation>%1 es un bloque amplio (%2 direcciones).</translation>
    </message>
    <message>
        <source>%1 is listed twice: added once.</source>
        <translation>%1 aparece dos veces: se añade una vez.</translation>
    </message>
    <message>
        <source>%1 is already on the whitelist: skipped.</source>
        <translation>%1 ya está en la lista blanca: se omite.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>not readable</source>
        <translation>no legible</translation>
    </message>
    <message>
        <source>API access report: %1</source>
        <translation>Informe de acceso a la API: %1</translation>
    </message>
    <message>
        <source>Organization `%1`, snapshot %2 taken %3.</source>
        <translation>Organización `%1`, instantánea %2 tomada el %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API: %1</source>
        <translation>Exigir lista blanca de IP para la API pública: %1</translation>
    </message>
    <message>
        <source>API keys: %1</source>
        <translation>Claves de API: %1</translation>
    </message>
    <message>
        <source>Whitelist entries: %1</source>
        <translation>Entradas de lista blanca: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Hallazgos: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Lista blanca</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation>Entradas de la lista blanca</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Dirección o CIDR</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation>Último uso desde</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Organization %1, snapshot %2 taken %3.</source>
        <translation>Organización %1, instantánea %2 tomada el %3.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Sin eventos.</translation>
    </message>
    <message>
        <source>The organization&apos;s events were not read.</source>
        <translation>No se leyeron los eventos de la organización.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Service accounts: %1</source>
        <translation>Cuentas de servicio: %1</translation>
    </message>
    <message>
        <source>%1 (%2 live, next expires %3)</source>
        <translation>%1 (%2 vigentes, el próximo caduca el %3)</translation>
    </message>
    <message>
        <source>%1 (none live)</source>
        <translation>%1 (ninguno vigente)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Cuentas de servicio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>Lista de acceso</translation>
    </message>
    <message>
        <source>Ops Manager instance: global API keys and the global access list</source>
        <translation>Instancia de Ops Manager: claves de API globales y la lista de acceso global</translation>
    </message>
    <message>
        <source>Global API keys: %1</source>
        <translation>Claves de API globales: %1</translation>
    </message>
    <message>
        <source>Global access list entries: %1</source>
        <translation>Entradas de la lista de acceso global: %1</translation>
    </message>
    <message>
        <source>Global access list: not readable (%1)</source>
        <translation>Lista de acceso global: no legible (%1)</translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation>Lista de acceso global</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>No legible: %1</translation>
    </message>
    <message>
        <source>Empty.</source>
        <translation>Vacía.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identificador</translation>
    </message>
</context>
<context>
    <name>FallbackSecretStore</name>
    <message>
        <source>The system keyring is not available (%1): the private key is kept for this session only and you will be asked for it next time.</source>
        <translation>El llavero del sistema no está disponible (%1): la clave privada se guarda solo durante esta sesión y se le pedirá la próxima vez.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>%1 is an Organization Owner: it can change every key and the organization&apos;s settings.</source>
        <translation>%1 es Organization Owner: puede cambiar todas las claves y la configuración de la organización.</translation>
    </message>
    <message>
        <source>%1 is only an Organization Member and is assigned to no project: it can do very little.</source>
        <translation>%1 es solo Organization Member y no está asignada a ningún proyecto: puede hacer muy poco.</translation>
    </message>
    <message>
        <source>The whitelist of %1 could not be read: %2</source>
        <translation>No se pudo leer la lista blanca de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no whitelist; the organization requires one, so the key cannot be used at all.</source>
        <translation>%1 no tiene lista blanca; la organización exige una, así que la clave no se puede usar en absoluto.</translation>
    </message>
    <message>
        <source>%1 has no whitelist: it can call the API from any address.</source>
        <translation>%1 no tiene lista blanca: puede llamar a la API desde cualquier dirección.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has never been used from any of its %n whitelist entries.</source>
        <translation>
            <numerusform>%1 nunca se ha usado desde su única entrada de lista blanca (%n).</numerusform>
            <numerusform>%1 nunca se ha usado desde ninguna de sus %n entradas de lista blanca.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last used %2 days ago (more than %3).</source>
        <translation>%1 se usó por última vez hace %2 días (más de %3).</translation>
    </message>
    <message>
        <source>%1 on %2 has never been used.</source>
        <translation>%1 en %2 nunca se ha usado.</translation>
    </message>
    <message>
        <source>%1 is listed twice on %2.</source>
        <translation>%1 aparece dos veces en %2.</translation>
    </message>
    <message>
        <source>%1 on %2 is already covered by %3.</source>
        <translation>%1 en %2 ya está cubierta por %3.</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>%1 on %2 is a very broad block (%3 addresses).</source>
        <translation>%1 en %2 es un bloque muy amplio (%3 direcciones).</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API was turned off on %1 by %2%3.</source>
        <translation>«Require IP Whitelist for Public API» fue desactivado el %1 por %2%3.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> desde %1</translation>
    </message>
    <message>
        <source>%1 (%2) changed a whitelist from %3 on %4, an address outside every entry of its own whitelist (%5).</source>
        <translation>%1 (%2) cambió una lista blanca desde %3 el %4, una dirección fuera de todas las entradas de su propia lista blanca (%5).</translation>
    </message>
    <message>
        <source>%1 (%2) was created on %3 by %4, who is no longer a user of the organization: find who owns it now.</source>
        <translation>%1 (%2) fue creada el %3 por %4, que ya no es usuario de la organización: averigüe quién es ahora su responsable.</translation>
    </message>
    <message>
        <source>%1 on %2 is a broad block (%3 addresses).</source>
        <translation>%1 en %2 es un bloque amplio (%3 direcciones).</translation>
    </message>
    <message>
        <source>Service account %1 (%2)</source>
        <translation>Cuenta de servicio %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no secret: nothing can sign in with it.</source>
        <translation>%1 no tiene ningún secreto: nada puede iniciar sesión con ella.</translation>
    </message>
    <message>
        <source>%1 has no unexpired secret: nothing can sign in with it until a new secret is added.</source>
        <translation>%1 no tiene ningún secreto sin caducar: nada puede iniciar sesión con ella hasta que se añada un secreto nuevo.</translation>
    </message>
    <message>
        <source>The secret %1 of %2 expired on %3 and is still in place: delete it.</source>
        <translation>El secreto %1 de %2 caducó el %3 y sigue ahí: elimínelo.</translation>
    </message>
    <message numerus="yes">
        <source>The secret %1 of %2 expires on %3, in %n day(s): add a new secret and move its clients over.</source>
        <translation>
            <numerusform>El secreto %1 de %2 caduca el %3, dentro de %n día: añada un secreto nuevo y cambie sus clientes.</numerusform>
            <numerusform>El secreto %1 de %2 caduca el %3, dentro de %n días: añada un secreto nuevo y cambie sus clientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret %1 of %2 (created %3) has never been used.</source>
        <translation>El secreto %1 de %2 (creado el %3) nunca se ha usado.</translation>
    </message>
    <message>
        <source>The access list of %1 could not be read: %2</source>
        <translation>No se pudo leer la lista de acceso de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no access list; the organization requires one, so its tokens work from no address.</source>
        <translation>%1 no tiene lista de acceso; la organización exige una, así que sus tokens no funcionan desde ninguna dirección.</translation>
    </message>
    <message>
        <source>%1 has no access list: its tokens work from any address.</source>
        <translation>%1 no tiene lista de acceso: sus tokens funcionan desde cualquier dirección.</translation>
    </message>
    <message>
        <source>%1 (%2) is a Global Owner: it can change every organization, every key and the global access list.</source>
        <translation>%1 (%2) es Global Owner: puede cambiar cada organización, cada clave y la lista de acceso global.</translation>
    </message>
    <message>
        <source>the global access list</source>
        <translation>la lista de acceso global</translation>
    </message>
    <message>
        <source>The global access list could not be read: %1</source>
        <translation>No se pudo leer la lista de acceso global: %1</translation>
    </message>
    <message numerus="yes">
        <source>The global access list is empty while %n global key(s) exist: either no address may use them or any may (Ops Manager&apos;s documentation does not say which).</source>
        <translation>
            <numerusform>La lista de acceso global está vacía y existe %n clave global: o ninguna dirección puede usarla o todas pueden (la documentación de Ops Manager no dice cuál).</numerusform>
            <numerusform>La lista de acceso global está vacía y existen %n claves globales: o ninguna dirección puede usarlas o todas pueden (la documentación de Ops Manager no dice cuál).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rotation of %1 (%2) started %n day(s) ago and is not finished: %3.</source>
        <translation>
            <numerusform>La rotación de %1 (%2) empezó hace %n día y no ha terminado: %3.</numerusform>
            <numerusform>La rotación de %1 (%2) empezó hace %n días y no ha terminado: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>switch the clients to %1, then finish it</source>
        <translation>cambie los clientes a %1 y luego termínela</translation>
    </message>
    <message>
        <source>resume it, or cancel it</source>
        <translation>reanúdela o cancélela</translation>
    </message>
    <message numerus="yes">
        <source>%1 was created %2, %n day(s) ago: due for rotation (every %3 days). Rotate… makes a new key with the same roles, projects and entries.</source>
        <translation>
            <numerusform>%1 se creó %2, hace %n día: toca rotarla (cada %3 días). Rotar clave… crea una clave nueva con los mismos roles, proyectos y entradas.</numerusform>
            <numerusform>%1 se creó %2, hace %n días: toca rotarla (cada %3 días). Rotar clave… crea una clave nueva con los mismos roles, proyectos y entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last used from %2 (through %3), an address none of its entries holds: find out which client that is.</source>
        <translation>%1 se usó por última vez desde %2 (a través de %3), una dirección que ninguna de sus entradas contiene: averigüe qué cliente es.</translation>
    </message>
</context>
<context>
    <name>GlobalAccessEntry</name>
    <message>
        <source>Enter a description: the server requires one (say whose address it is and why it may call).</source>
        <translation>Escriba una descripción: el servidor la exige (de quién es la dirección y por qué puede llamar).</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Older snapshot</source>
        <translation>Instantánea anterior</translation>
    </message>
    <message>
        <source>Newer snapshot</source>
        <translation>Instantánea posterior</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>change made here</source>
        <translation>cambio hecho aquí</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sincronización</translation>
    </message>
    <message>
        <source>Two syncs are needed to compare.</source>
        <translation>Se necesitan dos sincronizaciones para comparar.</translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation>Proyecto %1 añadido</translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation>Proyecto %1 eliminado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>description: %1 → %2</source>
        <translation>descripción: %1 → %2</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rol %1</translation>
    </message>
    <message>
        <source>assigned to project %1</source>
        <translation>asignada al proyecto %1</translation>
    </message>
    <message>
        <source>unassigned from project %1</source>
        <translation>quitada del proyecto %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) counted</source>
        <translation>
            <numerusform>%n solicitud contabilizada</numerusform>
            <numerusform>%n solicitudes contabilizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) used for the first time</source>
        <translation>
            <numerusform>%n entrada usada por primera vez</numerusform>
            <numerusform>%n entradas usadas por primera vez</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No cambió nada.</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>Leyendo las instantáneas…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API: %1 → %2.</source>
        <translation>«Require IP Whitelist for Public API»: %1 → %2.</translation>
    </message>
    <message>
        <source>T&amp;imeline:</source>
        <translation>Cronolog&amp;ía:</translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation>Filtrar la cronología</translation>
    </message>
    <message>
        <source>Filter by key, kind (created, entry, roles, project, whitelist) or person</source>
        <translation>Filtrar por clave, tipo (created, entry, roles, project, whitelist) o persona</translation>
    </message>
    <message>
        <source>Timeline of server events and snapshots</source>
        <translation>Cronología de eventos del servidor e instantáneas</translation>
    </message>
    <message>
        <source>incremental sync</source>
        <translation>sincronización incremental</translation>
    </message>
    <message>
        <source>Snapshot %1 stored (%2)</source>
        <translation>Instantánea %1 guardada (%2)</translation>
    </message>
    <message>
        <source>The organization&apos;s events could not be read: %1</source>
        <translation>No se pudieron leer los eventos de la organización: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 is no longer kept: the cache keeps the most recent snapshots of each organization. Pick two that are listed.</source>
        <translation>La instantánea %1 ya no se conserva: la caché guarda las instantáneas más recientes de cada organización. Elija dos de la lista.</translation>
    </message>
    <message>
        <source>%1, unchanged until %2</source>
        <translation>%1, sin cambios hasta %2</translation>
    </message>
    <message>
        <source>no event since the one before</source>
        <translation>ningún evento desde el anterior</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) created</source>
        <translation>
            <numerusform>%n clave creada</numerusform>
            <numerusform>%n claves creadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deleted</source>
        <translation>
            <numerusform>%n clave eliminada</numerusform>
            <numerusform>%n claves eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>%n entrada añadida</numerusform>
            <numerusform>%n entradas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) removed</source>
        <translation>
            <numerusform>%n entrada quitada</numerusform>
            <numerusform>%n entradas quitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n cambio más</numerusform>
            <numerusform>%n cambios más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>name: %1 → %2</source>
        <translation>nombre: %1 → %2</translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>secreto %1</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>cuenta de servicio %1</translation>
    </message>
    <message>
        <source>Global access list: %1 added</source>
        <translation>Lista de acceso global: %1 añadida</translation>
    </message>
    <message>
        <source>Global access list: %1 removed</source>
        <translation>Lista de acceso global: %1 quitada</translation>
    </message>
    <message>
        <source>Global access list: %1</source>
        <translation>Lista de acceso global: %1</translation>
    </message>
</context>
<context>
    <name>InstancePage</name>
    <message>
        <source>What this connection may do</source>
        <translation>Lo que esta conexión puede hacer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;Claves de API globales&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Create global key…</source>
        <translation>&amp;Crear clave global…</translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation>&amp;Editar clave…</translation>
    </message>
    <message>
        <source>Its description and global roles</source>
        <translation>Su descripción y sus roles globales</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>&amp;Eliminar clave…</translation>
    </message>
    <message>
        <source>Global API keys</source>
        <translation>Claves de API globales</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>Global roles</source>
        <translation>Roles globales</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global access list&lt;/b&gt; — the addresses from which the instance accepts calls made with a global key. Changes can take up to an hour to apply on the server.</source>
        <translation>&lt;b&gt;Lista de acceso global&lt;/b&gt; — las direcciones desde las que la instancia acepta llamadas hechas con una clave global. Los cambios pueden tardar hasta una hora en aplicarse en el servidor.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address, or CIDR block (203.0.113.0/24)</source>
        <translation>Dirección IPv4 o IPv6, o bloque CIDR (203.0.113.0/24)</translation>
    </message>
    <message>
        <source>&amp;My current address</source>
        <translation>&amp;Mi dirección actual</translation>
    </message>
    <message>
        <source>The address this computer uses to reach the server (behind NAT or a proxy the server sees another one)</source>
        <translation>La dirección que este equipo usa para llegar al servidor (tras un NAT o un proxy el servidor ve otra)</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Entry description</source>
        <translation>Descripción de la entrada</translation>
    </message>
    <message>
        <source>Whose address it is and why it may call (required)</source>
        <translation>De quién es la dirección y por qué puede llamar (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Save description</source>
        <translation>&amp;Guardar descripción</translation>
    </message>
    <message>
        <source>Give the entry picked below this description</source>
        <translation>Dar esta descripción a la entrada elegida abajo</translation>
    </message>
    <message>
        <source>&amp;Remove entry…</source>
        <translation>&amp;Quitar entrada…</translation>
    </message>
    <message>
        <source>Entry problem</source>
        <translation>Problema de la entrada</translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation>Lista de acceso global</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Nothing cached for the instance yet: sync it (F5).</source>
        <translation>Aún no hay nada en caché de la instancia: sincronícela (F5).</translation>
    </message>
    <message>
        <source>(this console)</source>
        <translation>(esta consola)</translation>
    </message>
    <message>
        <source>Key ID %1</source>
        <translation>ID de clave %1</translation>
    </message>
    <message>
        <source>Masked: the server shows it only once</source>
        <translation>Enmascarada: el servidor la muestra solo una vez</translation>
    </message>
    <message>
        <source>Entry ID %1 (%2)</source>
        <translation>ID de entrada %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Claves de API globales&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt; — not readable: %1</source>
        <translation>&lt;b&gt;Claves de API globales&lt;/b&gt; — no legibles: %1</translation>
    </message>
    <message>
        <source>The global access list could not be read: %1</source>
        <translation>No se pudo leer la lista de acceso global: %1</translation>
    </message>
    <message>
        <source>The global access list is empty: no address is allowed to call with a global key (Ops Manager&apos;s documentation does not say whether an empty list means none or any).</source>
        <translation>La lista de acceso global está vacía: ninguna dirección puede llamar con una clave global (la documentación de Ops Manager no dice si una lista vacía significa ninguna o todas).</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entrada.</numerusform>
            <numerusform>%n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the instance as last synced. Changes are disabled.</source>
        <translation>Sin conexión: la instancia tal como se sincronizó por última vez. Los cambios están desactivados.</translation>
    </message>
    <message>
        <source>This connection holds Global Owner: it may change the global keys and the global access list.</source>
        <translation>Esta conexión tiene Global Owner: puede cambiar las claves globales y la lista de acceso global.</translation>
    </message>
    <message>
        <source>Read only: changing global keys and the global access list needs Global Owner; this connection holds %1.</source>
        <translation>Solo lectura: cambiar las claves globales y la lista de acceso global requiere Global Owner; esta conexión tiene %1.</translation>
    </message>
    <message>
        <source>no global role</source>
        <translation>ningún rol global</translation>
    </message>
    <message>
        <source>Read only until the server says who this connection is.</source>
        <translation>Solo lectura hasta que el servidor diga quién es esta conexión.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <source>%1 is already on the global access list (%2).</source>
        <translation>%1 ya está en la lista de acceso global (%2).</translation>
    </message>
    <message>
        <source>%1 is a broad block: every global key could be used from any address in it.</source>
        <translation>%1 es un bloque amplio: cualquier clave global podría usarse desde cualquier dirección que contenga.</translation>
    </message>
    <message>
        <source>This computer (added from API Access Console)</source>
        <translation>Este equipo (añadido desde API Access Console)</translation>
    </message>
    <message>
        <source>Could not find this computer&apos;s address: %1</source>
        <translation>No se encontró la dirección de este equipo: %1</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>Created the global key %1 (%2). Add its clients&apos; addresses to the global access list below.</source>
        <translation>Clave global %1 (%2) creada. Añada las direcciones de sus clientes a la lista de acceso global de abajo.</translation>
    </message>
    <message>
        <source>Edit global API key %1</source>
        <translation>Editar la clave de API global %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardada.</translation>
    </message>
    <message>
        <source>Delete the global API key %1? Every client using it is refused at once; this cannot be undone.</source>
        <translation>¿Eliminar la clave de API global %1? Todo cliente que la use será rechazado al instante; no se puede deshacer.</translation>
    </message>
    <message>
        <source>This console is connected with this key. Deleting it locks this console out at once: connect with another key to go on.</source>
        <translation>Esta consola está conectada con esta clave. Eliminarla bloquea esta consola al instante: conéctese con otra clave para continuar.</translation>
    </message>
    <message>
        <source>Delete global key?</source>
        <translation>¿Eliminar la clave global?</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>Eliminar y bloquear esta consola</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Eliminar clave</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 eliminada.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>No se eliminó. %1</translation>
    </message>
    <message>
        <source>%1 was not added. %2</source>
        <translation>%1 no se añadió. %2</translation>
    </message>
    <message>
        <source>Added %1 to the global access list. The server may take up to an hour to apply it.</source>
        <translation>%1 añadida a la lista de acceso global. El servidor puede tardar hasta una hora en aplicarla.</translation>
    </message>
    <message>
        <source>Saved the description of %1.</source>
        <translation>Descripción de %1 guardada.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>No guardado. %1</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the global access list? Global keys are then refused from there.</source>
        <translation>¿Quitar %1 (%2) de la lista de acceso global? Las claves globales serán rechazadas desde allí.</translation>
    </message>
    <message>
        <source>This console calls with a global key from %1, and no other entry covers it: once the server applies the change, it refuses this console.</source>
        <translation>Esta consola llama con una clave global desde %1 y ninguna otra entrada la cubre: en cuanto el servidor aplique el cambio, rechazará esta consola.</translation>
    </message>
    <message>
        <source>This console calls with a global key; use “My current address” first to have it check that this entry is not the one letting it in.</source>
        <translation>Esta consola llama con una clave global; use primero «Mi dirección actual» para comprobar que no es esta entrada la que la deja entrar.</translation>
    </message>
    <message>
        <source>It is the last entry: no address will be on the global access list.</source>
        <translation>Es la última entrada: no quedará ninguna dirección en la lista de acceso global.</translation>
    </message>
    <message>
        <source>Remove global access list entry?</source>
        <translation>¿Quitar la entrada de la lista de acceso global?</translation>
    </message>
    <message>
        <source>Remove and lock this console out</source>
        <translation>Quitar y bloquear esta consola</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Quitar entrada</translation>
    </message>
    <message>
        <source>Removed %1 from the global access list.</source>
        <translation>%1 quitada de la lista de acceso global.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <translation>No se quitó. %1</translation>
    </message>
    <message>
        <source>Add e&amp;ntry</source>
        <translation>Añadir e&amp;ntrada</translation>
    </message>
</context>
<context>
    <name>IpBlock</name>
    <message>
        <source>“%1” is a hexadecimal number; write each part of an IPv4 address as a decimal number from 0 to 255.</source>
        <translation>«%1» es un número hexadecimal; escriba cada parte de una dirección IPv4 como un número decimal de 0 a 255.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IPv4 address.</source>
        <translation>«%1» no está permitido en una dirección IPv4.</translation>
    </message>
    <message>
        <source>“%1” is a single number, not an address; write four parts such as 192.0.2.1.</source>
        <translation>«%1» es un solo número, no una dirección; escriba cuatro partes, como 192.0.2.1.</translation>
    </message>
    <message>
        <source>An IPv4 address has an empty part between dots.</source>
        <translation>Una dirección IPv4 tiene una parte vacía entre dos puntos.</translation>
    </message>
    <message>
        <source>An IPv4 address has four parts separated by dots; this one has %1.</source>
        <translation>Una dirección IPv4 tiene cuatro partes separadas por puntos; esta tiene %1.</translation>
    </message>
    <message>
        <source>“%1” has a leading zero, which some tools read as octal; write %2.</source>
        <translation>«%1» tiene un cero inicial, que algunas herramientas leen como octal; escriba %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 255, the largest value of each part of an IPv4 address.</source>
        <translation>%1 es mayor que 255, el valor máximo de cada parte de una dirección IPv4.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IPv6 address.</source>
        <translation>«%1» no está permitido en una dirección IPv6.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>«%1» no es una dirección IPv6 válida.</translation>
    </message>
    <message>
        <source>Enter an IP address or a CIDR block.</source>
        <translation>Escriba una dirección IP o un bloque CIDR.</translation>
    </message>
    <message>
        <source>Remove the space inside the address.</source>
        <translation>Quite el espacio de dentro de la dirección.</translation>
    </message>
    <message>
        <source>“%1” is not one of the digits 0–9; type the address with plain digits.</source>
        <translation>«%1» no es uno de los dígitos 0–9; escriba la dirección con dígitos normales.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IP address.</source>
        <translation>«%1» no está permitido en una dirección IP.</translation>
    </message>
    <message>
        <source>Use at most one “/” (address/prefix length).</source>
        <translation>Use como mucho una «/» (dirección/longitud de prefijo).</translation>
    </message>
    <message>
        <source>The address before “/” is missing.</source>
        <translation>Falta la dirección antes de «/».</translation>
    </message>
    <message>
        <source>Remove the “%1” sign before the address.</source>
        <translation>Quite el signo «%1» delante de la dirección.</translation>
    </message>
    <message>
        <source>Zone IDs such as “%1” are not allowed; remove the part from “%”.</source>
        <translation>No se permiten identificadores de zona como «%1»; quite la parte a partir de «%».</translation>
    </message>
    <message>
        <source>The prefix length after “/” is missing.</source>
        <translation>Falta la longitud de prefijo después de «/».</translation>
    </message>
    <message>
        <source>Remove the “%1” sign from the prefix length.</source>
        <translation>Quite el signo «%1» de la longitud de prefijo.</translation>
    </message>
    <message>
        <source>The prefix length after “/” must be a whole number from 0 to %1.</source>
        <translation>La longitud de prefijo después de «/» debe ser un número entero de 0 a %1.</translation>
    </message>
    <message>
        <source>Write the prefix length without a leading zero (/%1).</source>
        <translation>Escriba la longitud de prefijo sin cero inicial (/%1).</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv4: the prefix length is 0 to 32.</source>
        <translation>/%1 es demasiado largo para IPv4: la longitud de prefijo va de 0 a 32.</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv6: the prefix length is 0 to 128.</source>
        <translation>/%1 es demasiado largo para IPv6: la longitud de prefijo va de 0 a 128.</translation>
    </message>
    <message>
        <source>%1/%2 has host bits set; the block starts at %3. Did you mean %3?</source>
        <translation>%1/%2 tiene bits de host activados; el bloque empieza en %3. ¿Quería decir %3?</translation>
    </message>
    <message>
        <source>This is %1 characters long; an IP address or CIDR block has at most 49. Check what was pasted.</source>
        <translation>Esto tiene %1 caracteres; una dirección IP o un bloque CIDR tiene como máximo 49. Revise lo que se pegó.</translation>
    </message>
    <message>
        <source>The address contains an invisible character (U+%1); type it again instead of pasting it.</source>
        <translation>La dirección contiene un carácter invisible (U+%1); escríbala en lugar de pegarla.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: a role has exactly one of orgId and groupId</source>
        <translation>%1: un rol tiene exactamente uno de orgId y groupId</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1: se esperaba un objeto y se encontró %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1: falta un campo obligatorio</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1: se esperaba %2 y se encontró %3</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO-8601 date</source>
        <translation>%1: «%2» no es una fecha ISO-8601</translation>
    </message>
    <message>
        <source>%1: roles must be strings</source>
        <translation>%1: los roles deben ser cadenas</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Key %1 is not in the organization as last synced: sync, then try again.</source>
        <translation>La clave %1 no está en la organización según la última sincronización: sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The access list of key %1 could not be read, so it cannot be copied: sync with an Organization Owner key first.</source>
        <translation>No se pudo leer la lista de acceso de la clave %1, así que no se puede copiar: sincronice primero con una clave de Organization Owner.</translation>
    </message>
    <message>
        <source>Key %1 is already being rotated: resume or cancel that rotation.</source>
        <translation>La clave %1 ya se está rotando: reanude o cancele esa rotación.</translation>
    </message>
    <message>
        <source>The new key needs at least one organization role.</source>
        <translation>La clave nueva necesita al menos un rol de organización.</translation>
    </message>
    <message>
        <source>Creating the new key failed: %1 If the server made it anyway, resuming finds and removes it before creating another.</source>
        <translation>La creación de la clave nueva falló: %1 Si el servidor la creó de todos modos, al reanudar se encuentra y se elimina antes de crear otra.</translation>
    </message>
    <message>
        <source>Reading the new key %1 back failed: %2</source>
        <translation>La relectura de la clave nueva %1 falló: %2</translation>
    </message>
    <message>
        <source>Reading the access list of the new key %1 failed: %2</source>
        <translation>La lectura de la lista de acceso de la clave nueva %1 falló: %2</translation>
    </message>
    <message>
        <source>setting its organization roles</source>
        <translation>la asignación de sus roles de organización</translation>
    </message>
    <message>
        <source>adding it to project %1</source>
        <translation>su adición al proyecto %1</translation>
    </message>
    <message numerus="yes">
        <source>adding %n access-list entry(s)</source>
        <translation>
            <numerusform>la adición de %n entrada de la lista de acceso</numerusform>
            <numerusform>la adición de %n entradas de la lista de acceso</numerusform>
        </translation>
    </message>
    <message>
        <source>The new key %1 exists, but %2 failed: %3 Resume to copy what it still lacks (nothing is copied twice).</source>
        <translation>La clave nueva %1 existe, pero %2 falló: %3 Reanude para copiar lo que aún le falta (nada se copia dos veces).</translation>
    </message>
    <message>
        <source>The new key %1 differs from the plan: %2. Resume to copy what it lacks.</source>
        <translation>La clave nueva %1 difiere del plan: %2. Reanude para copiar lo que le falta.</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s keys failed: %1</source>
        <translation>El listado de las claves de la organización falló: %1</translation>
    </message>
    <message>
        <source>removing key %1, created by a request whose answer was lost</source>
        <translation>la eliminación de la clave %1, creada por una solicitud cuya respuesta se perdió</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>No rotation of key %1 is in progress.</source>
        <translation>No hay ninguna rotación de la clave %1 en curso.</translation>
    </message>
    <message>
        <source>The new key does not equal the plan yet (%1): resume the rotation first.</source>
        <translation>La clave nueva aún no coincide con el plan (%1): reanude primero la rotación.</translation>
    </message>
    <message>
        <source>This console signs in with the old key %1: deleting it would lock the console out. Connect with the new key %2 first, then finish.</source>
        <translation>Esta consola inicia sesión con la clave antigua %1: eliminarla dejaría fuera a la consola. Conéctese primero con la clave nueva %2 y luego termine.</translation>
    </message>
    <message>
        <source>Deleting the old key %1 failed: %2 Both keys exist; finish again.</source>
        <translation>La eliminación de la clave antigua %1 falló: %2 Ambas claves existen; termine de nuevo.</translation>
    </message>
    <message>
        <source>This console signs in with the new key %1: deleting it would lock the console out. Connect with another key first, then cancel.</source>
        <translation>Esta consola inicia sesión con la clave nueva %1: eliminarla dejaría fuera a la consola. Conéctese primero con otra clave y luego cancele.</translation>
    </message>
    <message>
        <source>Deleting the new key %1 failed: %2 Cancel again.</source>
        <translation>La eliminación de la clave nueva %1 falló: %2 Cancele de nuevo.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1).</source>
        <translation>El llavero del sistema no está disponible (%1).</translation>
    </message>
    <message>
        <source>The system keyring refused: %1</source>
        <translation>El llavero del sistema se negó: %1</translation>
    </message>
</context>
<context>
    <name>LockoutCheck</name>
    <message>
        <source>The key this console uses has an entry covering %1, the address the server last saw it call from.</source>
        <translation>La clave que usa esta consola tiene una entrada que cubre %1, la dirección desde la que el servidor la vio llamar por última vez.</translation>
    </message>
    <message>
        <source>The key this console uses has no entry covering %1, the address the server last saw it call from: after the change this console would be refused. Add %1 to its whitelist first.</source>
        <translation>La clave que usa esta consola no tiene ninguna entrada que cubra %1, la dirección desde la que el servidor la vio llamar por última vez: tras el cambio, esta consola sería rechazada. Añada antes %1 a su lista blanca.</translation>
    </message>
    <message>
        <source>The key this console uses has no whitelist: after the change this console could not call the API any more, not even to undo it. Add your address to its whitelist first.</source>
        <translation>La clave que usa esta consola no tiene lista blanca: tras el cambio, esta consola ya no podría llamar a la API, ni siquiera para deshacerlo. Añada antes su dirección a su lista blanca.</translation>
    </message>
    <message>
        <source>The server has not yet said which address it sees this console calling from, so it is not known whether the console&apos;s key stays usable.</source>
        <translation>El servidor aún no ha indicado desde qué dirección ve llamar a esta consola, así que no se sabe si la clave de la consola seguirá siendo utilizable.</translation>
    </message>
    <message>
        <source>The key this console uses is not one of this organization&apos;s API keys; check its whitelist separately.</source>
        <translation>La clave que usa esta consola no es una de las claves de API de esta organización; compruebe su lista blanca por separado.</translation>
    </message>
    <message>
        <source>The service account this console signs in as has an access-list entry covering %1, the address the server last saw it call from.</source>
        <translation>La cuenta de servicio con la que esta consola inicia sesión tiene una entrada de lista de acceso que cubre %1, la dirección desde la que el servidor la vio llamar por última vez.</translation>
    </message>
    <message>
        <source>The service account this console signs in as has no access-list entry covering %1, the address the server last saw it call from: after the change its tokens would be refused here. Add %1 to its access list first.</source>
        <translation>La cuenta de servicio con la que esta consola inicia sesión no tiene ninguna entrada de lista de acceso que cubra %1, la dirección desde la que el servidor la vio llamar por última vez: tras el cambio sus tokens se rechazarían aquí. Añada primero %1 a su lista de acceso.</translation>
    </message>
    <message>
        <source>The service account this console signs in as has no access list: after the change this console could not call the API any more, not even to undo it. Add your address to its access list first.</source>
        <translation>La cuenta de servicio con la que esta consola inicia sesión no tiene lista de acceso: tras el cambio esta consola ya no podría llamar a la API, ni siquiera para deshacerlo. Añada primero su dirección a su lista de acceso.</translation>
    </message>
    <message>
        <source>The server has not yet said which address it sees this console calling from, so it is not known whether the service account&apos;s tokens stay usable.</source>
        <translation>El servidor aún no ha dicho desde qué dirección ve llamar a esta consola, así que no se sabe si los tokens de la cuenta de servicio seguirán siendo utilizables.</translation>
    </message>
</context>
<context>
    <name>LockoutDialog</name>
    <message>
        <source>Require a whitelist for %1?</source>
        <translation>¿Exigir una lista blanca en %1?</translation>
    </message>
    <message>
        <source>Once this is on, every API key of %1 needs at least one whitelist entry, and every call must come from a listed address.</source>
        <translation>Una vez activado, cada clave de API de %1 necesita al menos una entrada de lista blanca, y cada llamada debe venir de una dirección de la lista.</translation>
    </message>
    <message>
        <source>Warning: this console would lock itself out.</source>
        <translation>Aviso: esta consola se bloquearía a sí misma.</translation>
    </message>
    <message>
        <source>This console:</source>
        <translation>Esta consola:</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have no whitelist and will lose all API access:</source>
        <translation>
            <numerusform>%n clave no tiene lista blanca y perderá todo acceso a la API:</numerusform>
            <numerusform>%n claves no tienen lista blanca y perderán todo acceso a la API:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation>
            <numerusform>%n clave tiene entradas de las que ninguna se ha usado nunca; puede que llame desde otro sitio:</numerusform>
            <numerusform>%n claves tienen entradas de las que ninguna se ha usado nunca; puede que llamen desde otro sitio:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have a whitelist this console may not read, so they could not be checked:</source>
        <translation>
            <numerusform>%n clave tiene una lista blanca que esta consola no puede leer, así que no se pudo comprobar:</numerusform>
            <numerusform>%n claves tienen una lista blanca que esta consola no puede leer, así que no se pudieron comprobar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every key has a whitelist that has been used.</source>
        <translation>Todas las claves tienen una lista blanca que ya se ha usado.</translation>
    </message>
    <message>
        <source>Lock-out check</source>
        <translation>Comprobación de bloqueo</translation>
    </message>
    <message>
        <source>I have read this and want to require a whitelist</source>
        <translation>He leído esto y quiero exigir una lista blanca</translation>
    </message>
    <message>
        <source>Require whitelist</source>
        <translation>Exigir lista blanca</translation>
    </message>
    <message>
        <source>Open the web console</source>
        <translation>Abrir la consola web</translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have no access list: their tokens will stop working:</source>
        <translation>
            <numerusform>%n cuenta de servicio no tiene lista de acceso: sus tokens dejarán de funcionar:</numerusform>
            <numerusform>%n cuentas de servicio no tienen lista de acceso: sus tokens dejarán de funcionar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have access-list entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation>
            <numerusform>%n cuenta de servicio tiene entradas de lista de acceso que nunca se han usado; puede estar llamando desde otro sitio:</numerusform>
            <numerusform>%n cuentas de servicio tienen entradas de lista de acceso que nunca se han usado; pueden estar llamando desde otro sitio:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have an access list this console may not read, so they could not be checked:</source>
        <translation>
            <numerusform>%n cuenta de servicio tiene una lista de acceso que esta consola no puede leer, así que no se pudo comprobar:</numerusform>
            <numerusform>%n cuentas de servicio tienen una lista de acceso que esta consola no puede leer, así que no se pudieron comprobar:</numerusform>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>API key in use</source>
        <translation>Clave de API en uso</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problema de sincronización</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>The server this window talks to: the built-in demo or a saved connection</source>
        <translation>El servidor con el que habla esta ventana: la demostración integrada o una conexión guardada</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Nueva conexión…</translation>
    </message>
    <message>
        <source>&amp;Edit this connection…</source>
        <translation>&amp;Editar esta conexión…</translation>
    </message>
    <message>
        <source>&amp;Remove this connection…</source>
        <translation>E&amp;liminar esta conexión…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conectar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>&amp;Claves de API</translation>
    </message>
    <message>
        <source>&amp;Address check</source>
        <translation>Comprobación de &amp;dirección</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>My &amp;whitelist (personal API key)…</source>
        <translation>Mi &amp;lista blanca (clave de API personal)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export organization</source>
        <translation>Exportar organización</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Informe PDF (*.pdf);;Informe HTML (*.html);;Informe Markdown (*.md);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>Key: %1 (%2)</source>
        <translation>Clave: %1 (%2)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>El idioma cambia en el próximo inicio.</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Servidor de demostración</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Working offline — showing the data as last synced (%1). Nothing is sent to the server and changes are disabled; switch to the connection again to go online.</source>
        <translation>Trabajando sin conexión: datos de la última sincronización (%1). No se envía nada al servidor y los cambios están desactivados; vuelva a elegir la conexión para conectarse.</translation>
    </message>
    <message>
        <source>Offline — showing the data as last synced (%1). Changes are disabled until the server answers again; the console keeps trying.</source>
        <translation>Sin conexión: datos de la última sincronización (%1). Los cambios están desactivados hasta que el servidor vuelva a responder; la consola sigue intentándolo.</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Aún no hay nada en caché de esta organización: sincronícela (F5).</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html, .md, .json or .csv.</source>
        <translation>Elija un archivo que termine en .pdf, .html, .md, .json o .csv.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Read every whitelist &amp;every</source>
        <translation>Leer todas las listas blancas &amp;cada</translation>
    </message>
    <message>
        <source>Sync &amp;Everything</source>
        <translation>Sincronizar &amp;todo</translation>
    </message>
    <message>
        <source>Read every key&apos;s whitelist, not only those the organization&apos;s events name</source>
        <translation>Leer la lista blanca de cada clave, no solo las que nombran los eventos</translation>
    </message>
    <message>
        <source>&amp;Hour</source>
        <translation>&amp;hora</translation>
    </message>
    <message>
        <source>&amp;6 hours</source>
        <translation>&amp;6 horas</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;día</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>se&amp;mana</translation>
    </message>
    <message>
        <source>&amp;Never (only when asked)</source>
        <translation>&amp;nunca (solo cuando se pida)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>S&amp;ervice accounts</source>
        <translation>C&amp;uentas de servicio</translation>
    </message>
    <message>
        <source>&amp;Global keys</source>
        <translation>Claves &amp;globales</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Instancia de Ops Manager</translation>
    </message>
    <message>
        <source>Demo server (Atlas)</source>
        <translation>Servidor de demostración (Atlas)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <source>Someone changed this note meanwhile; theirs is shown: “%1”. Yours was not saved: “%2” — edit the note again to replace theirs.</source>
        <translation>Alguien cambió esta nota mientras tanto; se muestra la suya: «%1». La suya no se guardó: «%2»; edite la nota de nuevo para reemplazarla.</translation>
    </message>
    <message>
        <source>Updated from the team store (written by %1).</source>
        <translation>Actualizado desde el almacén del equipo (escrito por %1).</translation>
    </message>
    <message>
        <source>Last synced: %1 by %2</source>
        <translation>Última sincronización: %1 por %2</translation>
    </message>
    <message>
        <source>Review only — %1 Nothing is synced or changed from this console; the data is as the store holds it (%2).</source>
        <translation>Solo revisión — %1 Desde esta consola no se sincroniza ni se cambia nada; los datos son los que guarda el almacén (%2).</translation>
    </message>
    <message>
        <source>The team store answers again; everything kept meanwhile is written.</source>
        <translation>El almacén del equipo vuelve a responder; todo lo guardado mientras tanto está escrito.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>this session only (the key is forgotten when the console closes)</source>
        <translation>solo esta sesión (la clave se olvida al cerrar la consola)</translation>
    </message>
</context>
<context>
    <name>NewSecretDialog</name>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Caduca tras:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>The new secret expires after this many days</source>
        <translation>El secreto nuevo caduca tras este número de días</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>Añadir secreto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the secret now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it and the client ID can call the API with this account&apos;s roles.</source>
        <translation>&lt;b&gt;Copie el secreto ahora.&lt;/b&gt; El servidor lo muestra solo esta vez; no se puede volver a mostrar. Quien lo tenga junto con el ID de cliente puede llamar a la API con los roles de esta cuenta.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>I have copied the secret and stored it safely</source>
        <translation>He copiado el secreto y lo he guardado de forma segura</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>New secret for %1</source>
        <translation>Nuevo secreto para %1</translation>
    </message>
    <message>
        <source>A new secret for &lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;). Clients then sign in with the client ID and this secret.</source>
        <translation>Un secreto nuevo para &lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;). Los clientes inician sesión después con el ID de cliente y este secreto.</translation>
    </message>
    <message>
        <source>⚠ The secret %1 now expires on %2. Adding this one cuts it to seven days: it will expire on &lt;b&gt;%3&lt;/b&gt;. Move its clients to the new secret before then.</source>
        <translation>⚠ El secreto %1 caduca ahora el %2. Añadir este lo reduce a siete días: caducará el &lt;b&gt;%3&lt;/b&gt;. Cambie sus clientes al secreto nuevo antes de esa fecha.</translation>
    </message>
    <message>
        <source>The secret %1 keeps its expiry, %2 (less than seven days away).</source>
        <translation>El secreto %1 conserva su caducidad, %2 (a menos de siete días).</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Copiada</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Caduca el %1.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What signs in with it, e.g. “ci-deployer”</source>
        <translation>Qué inicia sesión con ella, p. ej. «ci-deployer»</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>Roles de organización</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>New service account</source>
        <translation>Nueva cuenta de servicio</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>A service account signs in with its client ID and a secret (OAuth client credentials) instead of a key pair. Its secrets expire; it has its own access list.</source>
        <translation>Una cuenta de servicio inicia sesión con su ID de cliente y un secreto (credenciales de cliente OAuth) en lugar de un par de claves. Sus secretos caducan; tiene su propia lista de acceso.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Dé un nombre a la cuenta.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>El nombre tiene %1 caracteres; se permiten %2 como máximo.</translation>
    </message>
    <message>
        <source>Say what the account is for: the server requires a description.</source>
        <translation>Diga para qué es la cuenta: el servidor exige una descripción.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation>La descripción tiene %1 caracteres; se permiten %2 como máximo.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
</context>
<context>
    <name>OrgSettings</name>
    <message>
        <source>The setting has not been read from the server yet.</source>
        <translation>La configuración aún no se ha leído del servidor.</translation>
    </message>
    <message>
        <source>The API key in use may not read the organization&apos;s settings.</source>
        <translation>La clave de API en uso no puede leer la configuración de la organización.</translation>
    </message>
    <message>
        <source>The server accepted the change without saying the new value; the next sync reads it.</source>
        <translation>El servidor aceptó el cambio sin indicar el nuevo valor; la próxima sincronización lo leerá.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>On — the server refused a request with ORG_REQUIRES_ACCESS_LIST, which it does only while the requirement is on.</source>
        <translation>Activado: el servidor rechazó una solicitud con ORG_REQUIRES_ACCESS_LIST, lo que solo hace mientras el requisito está activado.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>On since %1, turned on by %2 — from the organization&apos;s events.</source>
        <translation>Activado desde el %1, activado por %2, según los eventos de la organización.</translation>
    </message>
    <message>
        <source>Off since %1, turned off by %2 — from the organization&apos;s events.</source>
        <translation>Desactivado desde el %1, desactivado por %2, según los eventos de la organización.</translation>
    </message>
    <message>
        <source>This server does not expose the setting through its API, and the organization&apos;s events name no change of it; see the organization&apos;s settings page in the web console.</source>
        <translation>Este servidor no expone el ajuste en su API y los eventos de la organización no nombran ningún cambio; consulte la página de ajustes de la organización en la consola web.</translation>
    </message>
</context>
<context>
    <name>OrgSettingsPage</name>
    <message>
        <source>Require IP Whitelist for Public API</source>
        <translation>Exigir lista blanca de IP para la API pública</translation>
    </message>
    <message>
        <source>Open in web console</source>
        <translation>Abrir en la consola web</translation>
    </message>
    <message>
        <source>Whether every API key of this organization must have a whitelist</source>
        <translation>Si cada clave de API de esta organización debe tener una lista blanca</translation>
    </message>
    <message>
        <source>When this is on, an API key can do nothing until it has at least one whitelist entry, and every call must come from a listed address. When it is off, a key with an empty whitelist may call every endpoint except those that explicitly require a whitelist; a key with entries may still only call from them.</source>
        <translation>Si está activado, una clave de API no puede hacer nada hasta tener al menos una entrada de lista blanca, y cada llamada debe venir de una dirección de la lista. Si está desactivado, una clave con la lista blanca vacía puede llamar a todos los endpoints salvo los que exigen expresamente una lista blanca; una clave con entradas solo puede seguir llamando desde ellas.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>On: every API key of this organization needs a whitelist.</source>
        <translation>Activado: cada clave de API de esta organización necesita una lista blanca.</translation>
    </message>
    <message>
        <source>Off: keys without a whitelist may call from any address.</source>
        <translation>Desactivado: las claves sin lista blanca pueden llamar desde cualquier dirección.</translation>
    </message>
    <message>
        <source>Unknown. %1</source>
        <translation>Desconocido. %1</translation>
    </message>
    <message>
        <source>Offline: the setting can be changed when the server is reachable again.</source>
        <translation>Sin conexión: la configuración se podrá cambiar cuando el servidor vuelva a estar accesible.</translation>
    </message>
    <message>
        <source>Checking which key this console uses…</source>
        <translation>Comprobando qué clave usa esta consola…</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change this setting; the key in use is not one.</source>
        <translation>Solo una clave Organization Owner puede cambiar esta configuración; la clave en uso no lo es.</translation>
    </message>
    <message>
        <source>Stop requiring a whitelist?</source>
        <translation>¿Dejar de exigir una lista blanca?</translation>
    </message>
    <message>
        <source>API keys of %1 with an empty whitelist will be able to call the API from any address again. Keys that have entries still only work from them.</source>
        <translation>Las claves de API de %1 con la lista blanca vacía podrán volver a llamar a la API desde cualquier dirección. Las claves con entradas siguen funcionando solo desde ellas.</translation>
    </message>
    <message>
        <source>Stop requiring</source>
        <translation>Dejar de exigir</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not changed. %1</source>
        <translation>No se cambió. %1</translation>
    </message>
    <message>
        <source>Done: the server now requires a whitelist for every API key.</source>
        <translation>Hecho: el servidor exige ahora una lista blanca para cada clave de API.</translation>
    </message>
    <message>
        <source>Done: the server no longer requires a whitelist.</source>
        <translation>Hecho: el servidor ya no exige una lista blanca.</translation>
    </message>
    <message>
        <source>The server accepted the change but still reports the old value.</source>
        <translation>El servidor aceptó el cambio, pero sigue indicando el valor anterior.</translation>
    </message>
    <message>
        <source>Pick an organization on the left to see its settings.</source>
        <translation>Elija una organización a la izquierda para ver su configuración.</translation>
    </message>
    <message>
        <source>The setting can only be changed in the web console; after the change there, sync (F5) to read the new value from the organization&apos;s events.</source>
        <translation>El ajuste solo se puede cambiar en la consola web; después, sincronice (F5) para leer el nuevo valor de los eventos de la organización.</translation>
    </message>
    <message>
        <source>Opened the organization&apos;s settings page in the web console. After the change there, sync (F5): the change is read from the organization&apos;s events.</source>
        <translation>Se abrió la página de ajustes de la organización en la consola web. Tras el cambio, sincronice (F5): el cambio se lee de los eventos de la organización.</translation>
    </message>
    <message>
        <source>No browser could be opened. The settings page is at %1</source>
        <translation>No se pudo abrir ningún navegador. La página de ajustes está en %1</translation>
    </message>
    <message>
        <source>The organization&apos;s other security settings</source>
        <translation>Los demás ajustes de seguridad de la organización</translation>
    </message>
    <message>
        <source>Require IP Access List for the Atlas Administration API</source>
        <translation>Exigir lista de acceso IP para la Atlas Administration API</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Multi-factor authentication required: %1</source>
        <translation>Autenticación multifactor obligatoria: %1</translation>
    </message>
    <message>
        <source>MongoDB employee access restricted: %1</source>
        <translation>Acceso de empleados de MongoDB restringido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Longest life of a new service-account secret: %n hour(s)</source>
        <translation>
            <numerusform>Vida máxima de un nuevo secreto de cuenta de servicio: %n hora</numerusform>
            <numerusform>Vida máxima de un nuevo secreto de cuenta de servicio: %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s))</source>
        <translation>
            <numerusform> (%n día)</numerusform>
            <numerusform> (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Other security settings of the organization (read-only here):</source>
        <translation>Otros ajustes de seguridad de la organización (solo lectura aquí):</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change this setting. The key in use is %1 here: it may read the setting, not change it.</source>
        <translation>Solo una clave de Organization Owner puede cambiar este ajuste. La clave en uso es aquí %1: puede leer el ajuste, no cambiarlo.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>no se puede crear la carpeta de %1</translation>
    </message>
    <message>
        <source>the file of unsaved writes %1 was written by a newer version of the console</source>
        <translation>el archivo de escrituras sin guardar %1 lo escribió una versión más reciente de la consola</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>the kept snapshot cannot be read back (%1)</source>
        <translation>la instantánea guardada no se puede volver a leer (%1)</translation>
    </message>
    <message>
        <source>the kept rotation cannot be read back</source>
        <translation>la rotación guardada no se puede volver a leer</translation>
    </message>
    <message>
        <source>a kept write of a kind this console does not know (%1)</source>
        <translation>una escritura guardada de un tipo que esta consola no conoce (%1)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this profile</source>
        <translation>Confiar en este certificado para este &amp;perfil</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Editar conexión</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>https://opsmanager.example.com:8443</source>
        <translation>https://opsmanager.example.com:8443</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>for example abcdefgh</source>
        <translation>por ejemplo abcdefgh</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keyring)</source>
        <translation>sin cambios (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <source>shown once when the key was created</source>
        <translation>se muestra una vez al crear la clave</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificados de CA adicionales</translation>
    </message>
    <message>
        <source>optional: a PEM file for a private certificate authority</source>
        <translation>opcional: un archivo PEM de una autoridad de certificación privada</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Configuración del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Clave pú&amp;blica:</translation>
    </message>
    <message>
        <source>Pri&amp;vate key:</source>
        <translation>Clave pri&amp;vada:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>Certificados de &amp;CA:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>The server is the address you open in a browser. The private key goes to the system keyring, never to a file.</source>
        <translation>El servidor es la dirección que abre en un navegador. La clave privada va al llavero del sistema, nunca a un archivo.</translation>
    </message>
    <message>
        <source>The name files this connection&apos;s cache; create a new connection to use another name.</source>
        <translation>La caché de esta conexión se archiva con este nombre; cree una conexión nueva para usar otro nombre.</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Copiada</translation>
    </message>
    <message>
        <source>Trusted certificate for this profile (SHA-256): %1</source>
        <translation>Certificado de confianza para este perfil (SHA-256): %1</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>Corrija primero los campos marcados arriba.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>The private key could not be read from the keyring (%1): type it to test.</source>
        <translation>No se pudo leer la clave privada del llavero (%1): escríbala para probar.</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>&amp;Copy address %1</source>
        <translation>&amp;Copiar la dirección %1</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>Ya existe una conexión llamada «%1».</translation>
    </message>
    <message>
        <source>The server or public key changed: type the private key again (%1).</source>
        <translation>El servidor o la clave pública cambiaron: vuelva a escribir la clave privada (%1).</translation>
    </message>
    <message>
        <source>The private key could not be stored: %1</source>
        <translation>No se pudo guardar la clave privada: %1</translation>
    </message>
    <message>
        <source>No scheme was typed, so https was tried. If the server speaks plain http, type http://%1.</source>
        <translation>No se escribió ningún esquema, así que se probó https. Si el servidor usa http sin cifrar, escriba http://%1.</translation>
    </message>
    <message>
        <source>&amp;Web console page:</source>
        <translation>Consola &amp;web:</translation>
    </message>
    <message>
        <source>Web console organization settings page</source>
        <translation>Página de ajustes de la organización en la consola web</translation>
    </message>
    <message>
        <source>Where the organization setting is changed when the server has no API for it: {server} is the server, {orgId} the organization</source>
        <translation>Dónde se cambia el ajuste de la organización cuando el servidor no tiene API para ello: {server} es el servidor, {orgId} la organización</translation>
    </message>
    <message>
        <source>Discard this connection?</source>
        <translation>¿Descartar esta conexión?</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”? Nothing typed here is saved.</source>
        <translation>¿Descartar los cambios en «%1»? No se guarda nada de lo escrito aquí.</translation>
    </message>
    <message>
        <source>Discard the connection you typed? Nothing of it is saved.</source>
        <translation>¿Descartar la conexión escrita? No se guarda nada de ella.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Asking the system keyring for the private key… (it may ask you to unlock it)</source>
        <translation>Pidiendo la clave privada al llavero del sistema… (puede pedirle que lo desbloquee)</translation>
    </message>
    <message>
        <source>Asking the system keyring to keep the private key… (it may ask you to unlock it)</source>
        <translation>Pidiendo al llavero del sistema que guarde la clave privada… (puede pedirle que lo desbloquee)</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Método de acceso:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de acceso</translation>
    </message>
    <message>
        <source>API key (public and private key)</source>
        <translation>Clave de API (clave pública y privada)</translation>
    </message>
    <message>
        <source>Service account (client ID and secret)</source>
        <translation>Cuenta de servicio (ID de cliente y secreto)</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>mdb_sa_id_ and 24 hexadecimal digits</source>
        <translation>mdb_sa_id_ y 24 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>mdb_sa_sk_…, shown once when the secret was created</source>
        <translation>mdb_sa_sk_…, mostrado una vez al crear el secreto</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keyring (%1): type it to test.</source>
        <translation>No se pudo leer el secreto de cliente del llavero (%1): escríbalo para probar.</translation>
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
        <translation>La API con la que se habla al servidor</translation>
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
        <translation>Almacén del historial</translation>
    </message>
    <message>
        <source>This computer — or a team&apos;s postgresql://user@host/database</source>
        <translation>Este equipo — o postgresql://user@host/database de un equipo</translation>
    </message>
    <message>
        <source>Empty: the history, notes and rotations stay on this computer. A PostgreSQL database shares them with the other admins and the nightly sync (sslmode=verify-full&amp;sslrootcert=CA.pem for TLS).</source>
        <translation>Vacío: el historial, las notas y las rotaciones se quedan en este equipo. Una base de datos PostgreSQL los comparte con los demás administradores y la sincronización nocturna (sslmode=verify-full&amp;sslrootcert=CA.pem para TLS).</translation>
    </message>
    <message>
        <source>History store password</source>
        <translation>Contraseña del almacén del historial</translation>
    </message>
    <message>
        <source>Database password (kept in the system keyring)</source>
        <translation>Contraseña de la base de datos (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Asking the system keyring to keep the store&apos;s password… (it may ask you to unlock it)</source>
        <translation>Pidiendo al llavero del sistema que guarde la contraseña del almacén… (puede pedirle que lo desbloquee)</translation>
    </message>
    <message>
        <source>&amp;History store:</source>
        <translation>&amp;Historial:</translation>
    </message>
</context>
<context>
    <name>ProjectKeyDialog</name>
    <message>
        <source>Description, public key or key ID</source>
        <translation>Descripción, clave pública o ID de clave</translation>
    </message>
    <message>
        <source>Which organization key</source>
        <translation>Qué clave de la organización</translation>
    </message>
    <message>
        <source>Invite an organization key to %1</source>
        <translation>Invitar una clave de la organización a %1</translation>
    </message>
    <message>
        <source>Roles of %1 in %2</source>
        <translation>Roles de %1 en %2</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Roles in %1 (the list replaces the key&apos;s roles there):</source>
        <translation>Roles en %1 (la lista sustituye a los roles de la clave en él):</translation>
    </message>
    <message>
        <source>Type the key&apos;s description, public key or key ID.</source>
        <translation>Escriba la descripción, la clave pública o el ID de la clave.</translation>
    </message>
    <message>
        <source>No organization key outside this project matches “%1”.</source>
        <translation>Ninguna clave de la organización fuera de este proyecto coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n keys match; type more of the description, or the public key.</source>
        <translation>
            <numerusform>Coincide %n clave; escriba más de la descripción, o la clave pública.</numerusform>
            <numerusform>Coinciden %n claves; escriba más de la descripción, o la clave pública.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — public key %2, key ID %3</source>
        <translation>%1 — clave pública %2, ID de clave %3</translation>
    </message>
    <message>
        <source>These roles will be removed: %1</source>
        <translation>Se quitarán estos roles: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A key unused this long is stale</source>
        <translation>Una clave sin usar durante tanto tiempo se considera obsoleta</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Aún no hay nada en caché de esta organización: sincronícela (F5).</translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation>&amp;Obsoleta tras:</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 of them high. Double-click one, or press Enter on it, to open its key.</source>
        <translation>
            <numerusform>%n hallazgo, %1 de ellos alto. Haga doble clic en él, o pulse Intro, para abrir su clave.</numerusform>
            <numerusform>%n hallazgos, %1 de ellos altos. Haga doble clic en uno, o pulse Intro, para abrir su clave.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets e&amp;xpiring within:</source>
        <translation>Secretos que ca&amp;ducan en:</translation>
    </message>
    <message>
        <source>A service-account secret expiring this soon is reported</source>
        <translation>Se informa de un secreto de cuenta de servicio que caduca así de pronto</translation>
    </message>
    <message>
        <source>Public key or client ID</source>
        <translation>Clave pública o ID de cliente</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>working offline: this connection was opened from the cache only, so nothing is sent to the server; open it online to sync or change anything</source>
        <translation>trabajando sin conexión: esta conexión se abrió solo desde la caché, así que no se envía nada al servidor; ábrala con conexión para sincronizar o cambiar algo</translation>
    </message>
    <message>
        <source>offline: the server is not reachable, so the cached data cannot be changed</source>
        <translation>sin conexión: no se puede contactar con el servidor, así que los datos en caché no se pueden cambiar</translation>
    </message>
    <message>
        <source>The local cache cannot be used (%1): nothing is kept for offline review in this session.</source>
        <translation>No se puede usar la caché local (%1): en esta sesión no se guarda nada para la revisión sin conexión.</translation>
    </message>
    <message>
        <source>The team store cannot be reached (%1): the console shows what the server says; what you write is kept on this computer and written to the store when it answers.</source>
        <translation>No se puede acceder al almacén del equipo (%1): la consola muestra lo que dice el servidor; lo que escriba se guarda en este equipo y se escribe en el almacén cuando responda.</translation>
    </message>
    <message>
        <source>The team store does not answer (%1). The console goes on from what it holds; what it could not write is kept on this computer and written as soon as the store answers again.</source>
        <translation>El almacén del equipo no responde (%1). La consola sigue con lo que tiene; lo que no pudo escribir se guarda en este equipo y se escribe en cuanto el almacén vuelva a responder.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: %n change(s).</source>
        <translation>
            <numerusform>En espera: %n cambio.</numerusform>
            <numerusform>En espera: %n cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team store refused %n change(s) kept during its outage (%1). They are not written; they stay in %2 for review.</source>
        <translation>
            <numerusform>El almacén del equipo rechazó %n cambio guardado durante su caída (%1). No se escribe; queda en %2 para revisarlo.</numerusform>
            <numerusform>El almacén del equipo rechazó %n cambios guardados durante su caída (%1). No se escriben; quedan en %2 para revisarlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message>
        <source>an address it did not give</source>
        <translation>una dirección que no indicó</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>ninguna respuesta completa en %n segundo</numerusform>
            <numerusform>ninguna respuesta completa en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer grew past %1 MB, far more than any real answer; it was not read</source>
        <translation>la respuesta superó los %1 MB, mucho más que cualquier respuesta real; no se leyó</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s), retries included</source>
        <translation>
            <numerusform>ninguna respuesta completa en %n segundo, reintentos incluidos</numerusform>
            <numerusform>ninguna respuesta completa en %n segundos, reintentos incluidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing received for %n second(s)</source>
        <translation>
            <numerusform>nada recibido durante %n segundo</numerusform>
            <numerusform>nada recibido durante %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>The server deprecated the resource version this console speaks (%1)%2%3: update API Access Console before then.</source>
        <translation>El servidor ha declarado obsoleta la versión de recurso que habla esta consola (%1)%2%3: actualice API Access Console antes.</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, desde %1</translation>
    </message>
    <message>
        <source>; it stops answering on %1</source>
        <translation>; dejará de responder el %1</translation>
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
        <translation>Control total de la organización, su configuración, sus claves de API y sus proyectos.</translation>
    </message>
    <message>
        <source>Organization Member</source>
        <translation>Organization Member</translation>
    </message>
    <message>
        <source>Reads the organization and the projects it is given access to.</source>
        <translation>Lee la organización y los proyectos a los que se le da acceso.</translation>
    </message>
    <message>
        <source>Organization Project Creator</source>
        <translation>Organization Project Creator</translation>
    </message>
    <message>
        <source>Creates projects in the organization.</source>
        <translation>Crea proyectos en la organización.</translation>
    </message>
    <message>
        <source>Organization Read Only</source>
        <translation>Organization Read Only</translation>
    </message>
    <message>
        <source>Reads everything in the organization; changes nothing.</source>
        <translation>Lee todo en la organización; no cambia nada.</translation>
    </message>
    <message>
        <source>Organization Billing Admin</source>
        <translation>Organization Billing Admin</translation>
    </message>
    <message>
        <source>Manages billing (Cloud Manager only).</source>
        <translation>Gestiona la facturación (solo Cloud Manager).</translation>
    </message>
    <message>
        <source>Organization Billing Viewer</source>
        <translation>Organization Billing Viewer</translation>
    </message>
    <message>
        <source>Reads billing information (Cloud Manager only).</source>
        <translation>Lee la información de facturación (solo Cloud Manager).</translation>
    </message>
    <message>
        <source>Project Owner</source>
        <translation>Project Owner</translation>
    </message>
    <message>
        <source>Full control of the project.</source>
        <translation>Control total del proyecto.</translation>
    </message>
    <message>
        <source>Project Read Only</source>
        <translation>Project Read Only</translation>
    </message>
    <message>
        <source>Reads the project; changes nothing.</source>
        <translation>Lee el proyecto; no cambia nada.</translation>
    </message>
    <message>
        <source>Project Automation Admin</source>
        <translation>Project Automation Admin</translation>
    </message>
    <message>
        <source>Manages deployments through Automation.</source>
        <translation>Gestiona despliegues mediante Automation.</translation>
    </message>
    <message>
        <source>Project Backup Admin</source>
        <translation>Project Backup Admin</translation>
    </message>
    <message>
        <source>Manages backups and restores.</source>
        <translation>Gestiona copias de seguridad y restauraciones.</translation>
    </message>
    <message>
        <source>Project Monitoring Admin</source>
        <translation>Project Monitoring Admin</translation>
    </message>
    <message>
        <source>Manages monitoring, alerts and host settings.</source>
        <translation>Gestiona la supervisión, las alertas y la configuración de los hosts.</translation>
    </message>
    <message>
        <source>Project User Admin</source>
        <translation>Project User Admin</translation>
    </message>
    <message>
        <source>Manages the project&apos;s users and teams.</source>
        <translation>Gestiona los usuarios y equipos del proyecto.</translation>
    </message>
    <message>
        <source>Project Data Access Admin</source>
        <translation>Project Data Access Admin</translation>
    </message>
    <message>
        <source>Manages indexes and reads and writes data.</source>
        <translation>Gestiona índices y lee y escribe datos.</translation>
    </message>
    <message>
        <source>Project Data Access Read/Write</source>
        <translation>Project Data Access Read/Write</translation>
    </message>
    <message>
        <source>Reads and writes data.</source>
        <translation>Lee y escribe datos.</translation>
    </message>
    <message>
        <source>Project Data Access Read Only</source>
        <translation>Project Data Access Read Only</translation>
    </message>
    <message>
        <source>Reads data.</source>
        <translation>Lee datos.</translation>
    </message>
    <message>
        <source>Project Charts Admin</source>
        <translation>Project Charts Admin</translation>
    </message>
    <message>
        <source>Manages Charts (older servers).</source>
        <translation>Gestiona Charts (servidores antiguos).</translation>
    </message>
    <message>
        <source>Project Billing Admin</source>
        <translation>Project Billing Admin</translation>
    </message>
    <message>
        <source>Manages the project&apos;s billing (Cloud Manager only).</source>
        <translation>Gestiona la facturación del proyecto (solo Cloud Manager).</translation>
    </message>
    <message>
        <source>Global Owner</source>
        <translation>Global Owner</translation>
    </message>
    <message>
        <source>Full control of the whole Ops Manager instance, every organization and project.</source>
        <translation>Control total de toda la instancia de Ops Manager, de cada organización y de cada proyecto.</translation>
    </message>
    <message>
        <source>Global Read Only</source>
        <translation>Global Read Only</translation>
    </message>
    <message>
        <source>Reads every organization and project of the instance.</source>
        <translation>Lee cada organización y cada proyecto de la instancia.</translation>
    </message>
    <message>
        <source>Global User Admin</source>
        <translation>Global User Admin</translation>
    </message>
    <message>
        <source>Manages the users of the whole instance.</source>
        <translation>Gestiona los usuarios de toda la instancia.</translation>
    </message>
    <message>
        <source>Global Automation Admin</source>
        <translation>Global Automation Admin</translation>
    </message>
    <message>
        <source>Manages deployments through Automation in every project.</source>
        <translation>Gestiona despliegues mediante Automation en cada proyecto.</translation>
    </message>
    <message>
        <source>Global Backup Admin</source>
        <translation>Global Backup Admin</translation>
    </message>
    <message>
        <source>Manages backups and restores in every project.</source>
        <translation>Gestiona copias de seguridad y restauraciones en cada proyecto.</translation>
    </message>
    <message>
        <source>Global Monitoring Admin</source>
        <translation>Global Monitoring Admin</translation>
    </message>
    <message>
        <source>Manages monitoring and alerts in every project.</source>
        <translation>Gestiona la supervisión y las alertas en cada proyecto.</translation>
    </message>
</context>
<context>
    <name>RoleList</name>
    <message>
        <source>Organization roles</source>
        <translation>Roles de organización</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>Roles de proyecto</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>Rotar clave de API</translation>
    </message>
    <message>
        <source>New key&apos;s &amp;description:</source>
        <translation>&amp;Descripción de la clave nueva:</translation>
    </message>
    <message>
        <source>New key&apos;s description</source>
        <translation>Descripción de la clave nueva</translation>
    </message>
    <message>
        <source>Copied to the new key (untick what it should not get):</source>
        <translation>Se copia a la clave nueva (desmarque lo que no deba recibir):</translation>
    </message>
    <message>
        <source>What the new key gets</source>
        <translation>Lo que recibe la clave nueva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Create the &amp;new key</source>
        <translation>Crear la clave &amp;nueva</translation>
    </message>
    <message>
        <source>The new key</source>
        <translation>La clave nueva</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the private key now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it can call the API with the new key&apos;s roles.</source>
        <translation>&lt;b&gt;Copie la clave privada ahora.&lt;/b&gt; El servidor la muestra solo esta vez; no se puede volver a mostrar. Quien la tenga puede llamar a la API con los roles de la clave nueva.</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clave pública:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation>Copiar &amp;ambas</translation>
    </message>
    <message>
        <source>The public and the private key, one per line: a client needs both.</source>
        <translation>La clave pública y la privada, una por línea: un cliente necesita ambas.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>I have copied the private key and stored it safely</source>
        <translation>He copiado la clave privada y la he guardado en un lugar seguro</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel the rotation…</source>
        <translation>Cancelar la rotación…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Con&amp;tinue to the hand-over</source>
        <translation>&amp;Continuar al traspaso</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Traspaso</translation>
    </message>
    <message>
        <source>Last use of both keys</source>
        <translation>Último uso de ambas claves</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Every client now uses the new key</source>
        <translation>Todos los clientes usan ya la clave nueva</translation>
    </message>
    <message>
        <source>&amp;Read the use again</source>
        <translation>&amp;Leer el uso de nuevo</translation>
    </message>
    <message>
        <source>Close, finish &amp;later</source>
        <translation>Cerrar, terminar &amp;después</translation>
    </message>
    <message>
        <source>&amp;Finish: delete the old key</source>
        <translation>&amp;Terminar: eliminar la clave antigua</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Public key: %1
Private key: %2</source>
        <translation>Clave pública: %1
Clave privada: %2</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Creando la clave nueva…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Reanudando…</translation>
    </message>
    <message>
        <source>Rotate API key %1</source>
        <translation>Rotar la clave de API %1</translation>
    </message>
    <message>
        <source>Organization roles: %1</source>
        <translation>Roles de organización: %1</translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Proyectos (%n)</numerusform>
            <numerusform>Proyectos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Access list (%n)</source>
        <translation>
            <numerusform>Lista de acceso (%n)</numerusform>
            <numerusform>Lista de acceso (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the roles, projects and entries to the new key…</source>
        <translation>Copiando los roles, proyectos y entradas a la clave nueva…</translation>
    </message>
    <message>
        <source>The new key %1 equals the plan: %2, %3. Give it to the clients, then continue.</source>
        <translation>La clave nueva %1 coincide con el plan: %2, %3. Entréguela a los clientes y continúe.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n proyecto</numerusform>
            <numerusform>%n proyectos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access-list entry(s)</source>
        <translation>
            <numerusform>%n entrada de la lista de acceso</numerusform>
            <numerusform>%n entradas de la lista de acceso</numerusform>
        </translation>
    </message>
    <message>
        <source>The rotation stopped at step “%1”: resume it.</source>
        <translation>La rotación se detuvo en el paso «%1»: reanúdela.</translation>
    </message>
    <message>
        <source>(no entries)</source>
        <translation>(sin entradas)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>old: %1</source>
        <translation>antigua: %1</translation>
    </message>
    <message>
        <source>old</source>
        <translation>antigua</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>nueva: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>The old key is no longer in the organization.</source>
        <translation>La clave antigua ya no está en la organización.</translation>
    </message>
    <message>
        <source>The old key&apos;s use cannot be read with this key.</source>
        <translation>El uso de la clave antigua no se puede leer con esta clave.</translation>
    </message>
    <message>
        <source>The old key has not been used since the new key was created (%1).</source>
        <translation>La clave antigua no se ha usado desde que se creó la nueva (%1).</translation>
    </message>
    <message>
        <source>The old key was last used %1 — after the new key was created: some client still uses it.</source>
        <translation>La clave antigua se usó por última vez %1, después de crear la nueva: algún cliente aún la usa.</translation>
    </message>
    <message>
        <source>The new key was last used %1.</source>
        <translation>La clave nueva se usó por última vez %1.</translation>
    </message>
    <message>
        <source>The new key has not been used yet.</source>
        <translation>La clave nueva aún no se ha usado.</translation>
    </message>
    <message>
        <source>Step 2 of 3: the new key, copied and checked.</source>
        <translation>Paso 2 de 3: la clave nueva, copiada y comprobada.</translation>
    </message>
    <message>
        <source>Step 3 of 3: switch the clients, then delete the old key.</source>
        <translation>Paso 3 de 3: cambie los clientes y luego elimine la clave antigua.</translation>
    </message>
    <message>
        <source>Step 1 of 3: what the new key gets.</source>
        <translation>Paso 1 de 3: lo que recibe la clave nueva.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguna aún)</translation>
    </message>
    <message>
        <source>Cancel the rotation</source>
        <translation>Cancelar la rotación</translation>
    </message>
    <message>
        <source>Delete the new key %1? A client already switched to it stops working at once. The old key stays as it was.</source>
        <translation>¿Eliminar la clave nueva %1? Un cliente que ya la use deja de funcionar al instante. La clave antigua se queda como estaba.</translation>
    </message>
    <message>
        <source>&amp;Delete the new key</source>
        <translation>&amp;Eliminar la clave nueva</translation>
    </message>
    <message>
        <source>Copy the private key and tick the box first: it cannot be shown again. (The rotation is kept: open Rotate… on the key to go on.)</source>
        <translation>Copie primero la clave privada y marque la casilla: no se puede volver a mostrar. (La rotación se conserva: abra Rotar… en la clave para seguir.)</translation>
    </message>
</context>
<context>
    <name>RotationPlan</name>
    <message>
        <source>description: “%1”, not “%2”</source>
        <translation>descripción: «%1», no «%2»</translation>
    </message>
    <message>
        <source>organization roles: %1, not %2</source>
        <translation>roles de organización: %1, no %2</translation>
    </message>
    <message>
        <source>project %1: not assigned</source>
        <translation>proyecto %1: no asignada</translation>
    </message>
    <message>
        <source>project %1: roles %2, not %3</source>
        <translation>proyecto %1: roles %2, no %3</translation>
    </message>
    <message>
        <source>project %1: assigned, but not in the plan</source>
        <translation>proyecto %1: asignada, pero no está en el plan</translation>
    </message>
    <message>
        <source>access list: %1 missing</source>
        <translation>lista de acceso: falta %1</translation>
    </message>
    <message>
        <source>access list: %1, not in the plan</source>
        <translation>lista de acceso: %1, no está en el plan</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Nightly backup export</source>
        <translation>Exportación nocturna de copias de seguridad</translation>
    </message>
    <message>
        <source>Production Ops Manager</source>
        <translation>Ops Manager de producción</translation>
    </message>
    <message>
        <source>Renders every documented view on the built-in demo data, offscreen; two runs give byte-identical files.</source>
        <translation>Genera cada vista documentada con los datos de demostración integrados, sin pantalla; dos ejecuciones dan archivos idénticos byte a byte.</translation>
    </message>
    <message>
        <source>Write the PNG files to DIR.</source>
        <translation>Escribir los archivos PNG en DIR.</translation>
    </message>
    <message>
        <source>Language: en, de, fr, es, ja or zh_CN.</source>
        <translation>Idioma: en, de, fr, es, ja o zh_CN.</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light o dark.</translation>
    </message>
    <message>
        <source>Device pixels per pixel, 1 to 4.</source>
        <translation>Píxeles físicos por píxel, de 1 a 4.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n screenshot(s) to %1.</source>
        <translation>
            <numerusform>%n captura de pantalla escrita en %1.</numerusform>
            <numerusform>%n capturas de pantalla escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit with 3 when a text does not fit its widget.</source>
        <translation>Salir con 3 si un texto no cabe en su elemento.</translation>
    </message>
</context>
<context>
    <name>ServiceAccountsModel</name>
    <message>
        <source>no secret</source>
        <translation>ningún secreto</translation>
    </message>
    <message>
        <source>every secret expired</source>
        <translation>todos los secretos han caducado</translation>
    </message>
    <message numerus="yes">
        <source>%n live, next expires %1</source>
        <translation>
            <numerusform>%n vigente, el próximo caduca el %1</numerusform>
            <numerusform>%n vigentes, el próximo caduca el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>no legible</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>Lista de acceso</translation>
    </message>
</context>
<context>
    <name>ServiceAccountsPage</name>
    <message>
        <source>Service accounts</source>
        <translation>Cuentas de servicio</translation>
    </message>
    <message>
        <source>Secrets of the service account</source>
        <translation>Secretos de la cuenta de servicio</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Access list of the service account</source>
        <translation>Lista de acceso de la cuenta de servicio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Todavía no hay nada en caché para esta organización: sincronícela (F5).</translation>
    </message>
    <message>
        <source>The service accounts have not been read yet: sync (F5).</source>
        <translation>Las cuentas de servicio aún no se han leído: sincronice (F5).</translation>
    </message>
    <message>
        <source>This organization has no service accounts.</source>
        <translation>Esta organización no tiene cuentas de servicio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Client ID &lt;code&gt;%3&lt;/code&gt; · created %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;ID de cliente &lt;code&gt;%3&lt;/code&gt; · creado el %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>caducado el %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation>&amp;Nuevo secreto…</translation>
    </message>
    <message>
        <source>Add a secret to the account (at most two; the other is then cut to seven days)</source>
        <translation>Añadir un secreto a la cuenta (dos como máximo; el otro se reduce entonces a siete días)</translation>
    </message>
    <message>
        <source>Delete secret…</source>
        <translation>Eliminar secreto…</translation>
    </message>
    <message>
        <source>Delete the secret picked below: its tokens stop at once</source>
        <translation>Eliminar el secreto elegido abajo: sus tokens dejan de funcionar al instante</translation>
    </message>
    <message>
        <source>Add en&amp;tries…</source>
        <translation>Añadir en&amp;tradas…</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Quitar entrada</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>Eliminar cuenta…</translation>
    </message>
    <message>
        <source>Changing service accounts needs the Organization Owner role; this connection can only read them.</source>
        <translation>Cambiar cuentas de servicio requiere el rol Organization Owner; esta conexión solo puede leerlas.</translation>
    </message>
    <message>
        <source>%1 has two secrets, the most an account may have. Delete one first — an expired one, or the one its clients no longer use (its last use is in the table).</source>
        <translation>%1 tiene dos secretos, el máximo que puede tener una cuenta. Elimine uno primero: uno caducado, o el que sus clientes ya no usan (su último uso está en la tabla).</translation>
    </message>
    <message>
        <source>No secret added. %1</source>
        <translation>No se añadió ningún secreto. %1</translation>
    </message>
    <message>
        <source>Added a secret to %1, expiring on %2.</source>
        <translation>Se añadió un secreto a %1, que caduca el %2.</translation>
    </message>
    <message>
        <source>Delete the secret %1 of %2? Every token made with it stops working at once: clients still using it are refused from now on. This cannot be undone.</source>
        <translation>¿Eliminar el secreto %1 de %2? Todos los tokens creados con él dejan de funcionar al instante: los clientes que aún lo usan se rechazan desde ahora. No se puede deshacer.</translation>
    </message>
    <message>
        <source>It is the account&apos;s only unexpired secret: nothing can sign in with %1 until a new secret is added.</source>
        <translation>Es el único secreto sin caducar de la cuenta: nada puede iniciar sesión con %1 hasta que se añada un secreto nuevo.</translation>
    </message>
    <message>
        <source>This console signs in as %1: if it uses this secret, it is signed out at once.</source>
        <translation>Esta consola inicia sesión como %1: si usa este secreto, se cierra su sesión al instante.</translation>
    </message>
    <message>
        <source>Delete secret?</source>
        <translation>¿Eliminar el secreto?</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>Eliminar secreto</translation>
    </message>
    <message>
        <source>Deleted the secret %1 of %2.</source>
        <translation>Se eliminó el secreto %1 de %2.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>No se eliminó. %1</translation>
    </message>
    <message>
        <source>Delete the service account %1? Its secrets and every token made with them stop working at once; this cannot be undone.</source>
        <translation>¿Eliminar la cuenta de servicio %1? Sus secretos y todos los tokens creados con ellos dejan de funcionar al instante; no se puede deshacer.</translation>
    </message>
    <message>
        <source>This console signs in as this account. Deleting it locks this console out at once: sign in with another account or key to go on.</source>
        <translation>Esta consola inicia sesión con esta cuenta. Eliminarla deja a esta consola fuera al instante: inicie sesión con otra cuenta o clave para seguir.</translation>
    </message>
    <message>
        <source>Delete service account?</source>
        <translation>¿Eliminar la cuenta de servicio?</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>Eliminar y bloquear esta consola</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 eliminada.</translation>
    </message>
    <message>
        <source>Add access-list entries to %1</source>
        <translation>Añadir entradas de lista de acceso a %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n entry(ies) to the access list of %1.</source>
        <translation>
            <numerusform>Se añadió %n entrada a la lista de acceso de %1.</numerusform>
            <numerusform>Se añadieron %n entradas a la lista de acceso de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the last entry?</source>
        <translation>¿Quitar la última entrada?</translation>
    </message>
    <message>
        <source>%1 is the last entry of %2, and the organization requires an access list: without it the account&apos;s tokens work from nowhere.</source>
        <translation>%1 es la última entrada de %2, y la organización exige una lista de acceso: sin ella los tokens de la cuenta no funcionan en ningún sitio.</translation>
    </message>
    <message>
        <source>%1 is the last entry of %2: without it the account&apos;s tokens work from any address.</source>
        <translation>%1 es la última entrada de %2: sin ella los tokens de la cuenta funcionan desde cualquier dirección.</translation>
    </message>
    <message>
        <source>Removed %1 from the access list of %2.</source>
        <translation>Se quitó %1 de la lista de acceso de %2.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <translation>No se quitó. %1</translation>
    </message>
    <message>
        <source>New acco&amp;unt…</source>
        <translation>Nueva c&amp;uenta…</translation>
    </message>
    <message>
        <source>No account created. %1</source>
        <translation>No se creó ninguna cuenta. %1</translation>
    </message>
    <message>
        <source>Created the service account %1 (%2).</source>
        <translation>Se creó la cuenta de servicio %1 (%2).</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Editar cuenta…</translation>
    </message>
    <message>
        <source>Its description and organization roles</source>
        <translation>Su descripción y sus roles de organización</translation>
    </message>
    <message>
        <source>Edit service account %1</source>
        <translation>Editar la cuenta de servicio %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardada.</translation>
    </message>
    <message>
        <source>%1 stays: this console signs in as %2 and calls from %3, which it covers; the server refuses to remove the caller&apos;s own address. Remove it from another address or with another key or account.</source>
        <translation>%1 se queda: esta consola inicia sesión como %2 y llama desde %3, que la entrada cubre; el servidor se niega a quitar la dirección del propio llamante. Quítela desde otra dirección o con otra clave o cuenta.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Invite to pro&amp;ject…</source>
        <translation>Invitar a un pro&amp;yecto…</translation>
    </message>
    <message>
        <source>Give the account roles in one of the organization&apos;s projects</source>
        <translation>Dar a la cuenta roles en uno de los proyectos de la organización</translation>
    </message>
    <message>
        <source>Unassign from project…</source>
        <translation>Quitar del proyecto…</translation>
    </message>
    <message>
        <source>Take the account out of the project picked below (its secrets stay valid)</source>
        <translation>Sacar la cuenta del proyecto elegido abajo (sus secretos siguen siendo válidos)</translation>
    </message>
    <message>
        <source>Projects of the service account</source>
        <translation>Proyectos de la cuenta de servicio</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Roles there</source>
        <translation>Roles allí</translation>
    </message>
    <message>
        <source>not read while offline (projects are read from the server, not cached)</source>
        <translation>no se leen sin conexión (los proyectos se leen del servidor, no se guardan en caché)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>Proyectos: %1</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>Proyectos (%1)</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proyecto %1</translation>
    </message>
    <message>
        <source>%1 is already in every project of the organization.</source>
        <translation>%1 ya está en todos los proyectos de la organización.</translation>
    </message>
    <message>
        <source>Invite %1 to a project</source>
        <translation>Invitar a %1 a un proyecto</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>Invite %1 to %2</source>
        <translation>Invitar a %1 a %2</translation>
    </message>
    <message>
        <source>%1 is in %2 as %3.</source>
        <translation>%1 está en %2 como %3.</translation>
    </message>
    <message>
        <source>Take %1 out of %2? It loses its roles there at once; its secrets stay valid for the organization and its other projects.</source>
        <translation>¿Sacar a %1 de %2? Pierde allí sus roles al instante; sus secretos siguen siendo válidos para la organización y sus otros proyectos.</translation>
    </message>
    <message>
        <source>This console signs in as this account: it can no longer act in %1.</source>
        <translation>Esta consola inicia sesión como esta cuenta: ya no podrá actuar en %1.</translation>
    </message>
    <message>
        <source>Unassign from project?</source>
        <translation>¿Quitar del proyecto?</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1 is no longer in %2.</source>
        <translation>%1 ya no está en %2.</translation>
    </message>
    <message>
        <source>Not unassigned. %1</source>
        <translation>No se quitó. %1</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>&amp;Rotar secreto…</translation>
    </message>
    <message>
        <source>Add a second secret (the old one is cut to seven days), switch the clients, then delete the old one</source>
        <translation>Añadir un segundo secreto (el antiguo se recorta a siete días), cambiar los clientes y luego eliminar el antiguo</translation>
    </message>
    <message>
        <source>Rotate the secret of %1: the new secret</source>
        <translation>Rotar el secreto de %1: el secreto nuevo</translation>
    </message>
    <message>
        <source>%1 has two secrets, the most an account may have, and %2 expired on %3: delete it first (Delete secret…), then Rotate secret… adds the new one.</source>
        <translation>%1 tiene dos secretos, el máximo para una cuenta, y %2 caducó el %3: elimínelo primero (Eliminar secreto…); luego Rotar secreto… añade el nuevo.</translation>
    </message>
    <message>
        <source>Rotating the secret of %1.

The new secret %2 (added %3) was last used: %4.
The old secret %5 (expires %6) was last used: %7.</source>
        <translation>Rotación del secreto de %1.

El secreto nuevo %2 (añadido %3) se usó por última vez: %4.
El secreto antiguo %5 (caduca %6) se usó por última vez: %7.</translation>
    </message>
    <message>
        <source>The old secret was used after the new one was added: some client still uses it.</source>
        <translation>El secreto antiguo se usó después de añadir el nuevo: algún cliente aún lo usa.</translation>
    </message>
    <message>
        <source>The old secret has not been used since the new one was added.</source>
        <translation>El secreto antiguo no se ha usado desde que se añadió el nuevo.</translation>
    </message>
    <message>
        <source>Deleting the old secret stops every token made with it at once. Delete it when every client uses the new secret; otherwise it expires by itself on %1.</source>
        <translation>Eliminar el secreto antiguo detiene al instante todo token creado con él. Elimínelo cuando todos los clientes usen el secreto nuevo; si no, caduca solo el %1.</translation>
    </message>
    <message>
        <source>This console signs in as %1: if it uses the old secret, it is signed out at once.</source>
        <translation>Esta consola inicia sesión como %1: si usa el secreto antiguo, se cierra su sesión al instante.</translation>
    </message>
    <message>
        <source>Rotate the secret of %1</source>
        <translation>Rotar el secreto de %1</translation>
    </message>
    <message>
        <source>Delete the old secret</source>
        <translation>Eliminar el secreto antiguo</translation>
    </message>
    <message>
        <source>Rotated the secret of %1: %2 deleted, %3 stays.</source>
        <translation>Secreto de %1 rotado: %2 eliminado, %3 se queda.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The source store does not hold organization %1.</source>
        <translation>El almacén de origen no contiene la organización %1.</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 cannot be read: %3</source>
        <translation>No se puede leer la instantánea %1 de %2: %3</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 could not be written: %3</source>
        <translation>No se pudo escribir la instantánea %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>No store given: a SQLite file (sqlite:PATH) or a PostgreSQL database (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>No se indicó ningún almacén: un archivo SQLite (sqlite:PATH) o una base de datos PostgreSQL (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no store this console knows: give sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«%1» no es un almacén que esta consola conozca: indique sqlite:PATH o postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>sqlite: needs the path of the file, as in sqlite:/home/me/history.sqlite.</source>
        <translation>sqlite: necesita la ruta del archivo, por ejemplo sqlite:/home/me/history.sqlite.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1</source>
        <translation>La dirección de PostgreSQL no es válida: %1</translation>
    </message>
    <message>
        <source>Leave the password out of the address (it would be kept in settings and shell history): the console keeps it in the system keyring; headless commands read PGPASSWORD or ~/.pgpass.</source>
        <translation>Deje la contraseña fuera de la dirección (quedaría en la configuración y en el historial del shell): la consola la guarda en el llavero del sistema; los comandos sin interfaz leen PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no server, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>La dirección de PostgreSQL no nombra ningún servidor, por ejemplo postgresql://auditor@db.example.com/apiaccess.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database after the server, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>La dirección de PostgreSQL no nombra ninguna base de datos tras el servidor, por ejemplo postgresql://auditor@db.example.com/apiaccess.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no user, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>La dirección de PostgreSQL no nombra ningún usuario, por ejemplo postgresql://auditor@db.example.com/apiaccess.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 no es uno de %2.</translation>
    </message>
    <message>
        <source>The CA bundle %1 (sslrootcert) cannot be read.</source>
        <translation>No se puede leer el paquete de CA %1 (sslrootcert).</translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds from 1 to 60.</source>
        <translation>connect_timeout es un número de segundos de 1 a 60.</translation>
    </message>
    <message>
        <source>The option %1 is not one this console passes on (sslmode, sslrootcert, connect_timeout).</source>
        <translation>La opción %1 no es una de las que esta consola transmite (sslmode, sslrootcert, connect_timeout).</translation>
    </message>
    <message>
        <source>sslmode=%1 checks the server against a CA bundle: add sslrootcert=PATH.</source>
        <translation>sslmode=%1 comprueba el servidor con un paquete de CA: añada sslrootcert=PATH.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Reading the organization</source>
        <translation>Leyendo la organización</translation>
    </message>
    <message>
        <source>Reading API keys</source>
        <translation>Leyendo las claves de API</translation>
    </message>
    <message>
        <source>Reading whitelists</source>
        <translation>Leyendo las listas blancas</translation>
    </message>
    <message>
        <source>Reading project keys</source>
        <translation>Leyendo las claves de proyecto</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Read through a project only.</source>
        <translation>Leída solo a través de un proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) still failed after %1 passes; nothing was saved.</source>
        <translation>
            <numerusform>%n lectura siguió fallando tras %1 pasadas; no se guardó nada.</numerusform>
            <numerusform>%n lecturas siguieron fallando tras %1 pasadas; no se guardó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server has no service accounts (Ops Manager documents none).</source>
        <translation>Este servidor no tiene cuentas de servicio (Ops Manager no documenta ninguna).</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Instancia de Ops Manager</translation>
    </message>
    <message>
        <source>The instance&apos;s events (/globalEvents) are not read.</source>
        <translation>Los eventos de la instancia (/globalEvents) no se leen.</translation>
    </message>
    <message>
        <source>Service accounts belong to organizations.</source>
        <translation>Las cuentas de servicio pertenecen a organizaciones.</translation>
    </message>
    <message>
        <source>A global key has no list of its own: the global access list covers it.</source>
        <translation>Una clave global no tiene lista propia: la cubre la lista de acceso global.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>UserWhitelistDialog</name>
    <message>
        <source>&amp;Add entries</source>
        <translation>&amp;Añadir entradas</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>&amp;Quitar entrada</translation>
    </message>
    <message>
        <source>My whitelist (personal API key)</source>
        <translation>Mi lista blanca (clave de API personal)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <source>Entries of my whitelist</source>
        <translation>Entradas de mi lista blanca</translation>
    </message>
    <message>
        <source>For personal API keys: calls made with them must come from an address on this list, and changing the list needs one.</source>
        <translation>Para claves de API personales: las llamadas hechas con ellas deben venir de una dirección de esta lista, y cambiar la lista requiere una.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entrada.</numerusform>
            <numerusform>%n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 covers %2, the address you call from; the server refuses to remove the caller&apos;s own address. Remove it from another address.</source>
        <translation>%1 cubre %2, la dirección desde la que llama; el servidor se niega a quitar la dirección propia de quien llama. Quítela desde otra dirección.</translation>
    </message>
    <message numerus="yes">
        <source>Added. %n entry(ies) now.</source>
        <translation>
            <numerusform>Añadida. Ahora hay %n entrada.</numerusform>
            <numerusform>Añadidas. Ahora hay %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 quitada.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>the name you sign in to the web console with</source>
        <translation>el nombre con el que inicia sesión en la consola web</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Type your user name (the one you sign in to the web console with) and press Load.</source>
        <translation>Escriba su nombre de usuario (el de la consola web) y pulse Cargar.</translation>
    </message>
    <message>
        <source>Type your user name first.</source>
        <translation>Escriba primero su nombre de usuario.</translation>
    </message>
    <message>
        <source>The server knows no user named “%1”. Type the user name you sign in to the web console with (often an e-mail address) — not the public key of an API key.</source>
        <translation>El servidor no conoce a ningún usuario llamado «%1». Escriba el nombre con el que inicia sesión en la consola web (a menudo una dirección de correo) — no la clave pública de una clave de API.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to API Access Console</source>
        <translation>Bienvenido a API Access Console</translation>
    </message>
    <message>
        <source>Manage the programmatic API keys of MongoDB Ops Manager and Cloud Manager: their IP whitelists, their project assignments and the organization setting “Require IP Whitelist for Public API”. Everything you sync stays readable offline.</source>
        <translation>Gestione las claves de API programáticas de MongoDB Ops Manager y Cloud Manager: sus listas blancas de IP, sus asignaciones a proyectos y la configuración de organización «Require IP Whitelist for Public API». Todo lo que sincronice sigue legible sin conexión.</translation>
    </message>
    <message>
        <source>Connect to my Ops Manager</source>
        <translation>Conectar con mi Ops Manager</translation>
    </message>
    <message>
        <source>Enter the server address and an API key; the private key goes to the system keyring.</source>
        <translation>Escriba la dirección del servidor y una clave de API; la clave privada va al llavero del sistema.</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Explorar la demostración</translation>
    </message>
    <message>
        <source>A local demo server with made-up organizations and keys: nothing leaves this computer.</source>
        <translation>Un servidor de demostración local con organizaciones y claves ficticias: nada sale de este equipo.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The cache of profile %1 does not hold organization %2.</source>
        <translation>La caché del perfil %1 no contiene la organización %2.</translation>
    </message>
    <message>
        <source>The organization ID.</source>
        <translation>El ID de la organización.</translation>
    </message>
    <message>
        <source>Only look in this profile&apos;s cache.</source>
        <translation>Buscar solo en la caché de este perfil.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>The address to check.</source>
        <translation>La dirección que comprobar.</translation>
    </message>
    <message>
        <source>The cached snapshot of %1 cannot be read: %2</source>
        <translation>No se puede leer la instantánea en caché de %1: %2</translation>
    </message>
    <message>
        <source>Which API keys may call from ADDRESS.</source>
        <translation>Qué claves de API pueden llamar desde ADDRESS.</translation>
    </message>
    <message>
        <source>Give exactly one address.</source>
        <translation>Indique exactamente una dirección.</translation>
    </message>
    <message>
        <source>Give one address, not a block.</source>
        <translation>Indique una dirección, no un bloque.</translation>
    </message>
    <message>
        <source>%1 in %2 (cached %3):</source>
        <translation>%1 en %2 (en caché del %3):</translation>
    </message>
    <message>
        <source>A key unused this long is stale (90).</source>
        <translation>Una clave sin usar durante tanto tiempo es obsoleta (90).</translation>
    </message>
    <message>
        <source>Exit 1 when a finding is at least this severe: info, low, medium, high.</source>
        <translation>Salir con 1 si un hallazgo es al menos así de grave: info, low, medium, high.</translation>
    </message>
    <message>
        <source>The key-hygiene report of an organization.</source>
        <translation>El informe de higiene de claves de una organización.</translation>
    </message>
    <message>
        <source>--stale-days needs a whole number of days.</source>
        <translation>--stale-days necesita un número entero de días.</translation>
    </message>
    <message>
        <source>--fail-on takes info, low, medium or high.</source>
        <translation>--fail-on acepta info, low, medium o high.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Sin hallazgos.</translation>
    </message>
    <message>
        <source>The older snapshot (default: the one before --to).</source>
        <translation>La instantánea anterior (por defecto: la previa a --to).</translation>
    </message>
    <message>
        <source>The newer snapshot (default: the latest).</source>
        <translation>La instantánea posterior (por defecto: la más reciente).</translation>
    </message>
    <message>
        <source>Changes in %1 from snapshot %2 to %3:</source>
        <translation>Cambios en %1 de la instantánea %2 a la %3:</translation>
    </message>
    <message numerus="yes">
        <source>    %n request(s) counted</source>
        <translation>
            <numerusform>    %n solicitud contabilizada</numerusform>
            <numerusform>    %n solicitudes contabilizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>  No change to keys, roles, whitelists or the setting.</source>
        <translation>  Sin cambios en claves, roles, listas blancas ni en la configuración.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>csv, json, md, html or pdf.</source>
        <translation>csv, json, md, html o pdf.</translation>
    </message>
    <message>
        <source>A stored snapshot instead of the latest.</source>
        <translation>Una instantánea guardada en lugar de la más reciente.</translation>
    </message>
    <message>
        <source>Export an organization from the cache.</source>
        <translation>Exportar una organización desde la caché.</translation>
    </message>
    <message>
        <source>API access report: %1</source>
        <translation>Informe de acceso a la API: %1</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Orden desconocida %1.</translation>
    </message>
    <message>
        <source>A remembered connection.</source>
        <translation>Una conexión guardada.</translation>
    </message>
    <message>
        <source>The server as typed in a browser.</source>
        <translation>El servidor tal como se escribe en un navegador.</translation>
    </message>
    <message>
        <source>The API key&apos;s public key.</source>
        <translation>La clave pública de la clave de API.</translation>
    </message>
    <message>
        <source>A file holding the private key.</source>
        <translation>Un archivo con la clave privada.</translation>
    </message>
    <message>
        <source>Only this organization.</source>
        <translation>Solo esta organización.</translation>
    </message>
    <message>
        <source>Every organization the key sees (default).</source>
        <translation>Todas las organizaciones que ve la clave (por defecto).</translation>
    </message>
    <message>
        <source>Store the private key in the system keyring for this profile, so later runs need neither file nor variable.</source>
        <translation>Guardar la clave privada en el llavero del sistema para este perfil, para que las ejecuciones posteriores no necesiten ni archivo ni variable.</translation>
    </message>
    <message>
        <source>The keyring holds no private key for %1.</source>
        <translation>El llavero no contiene ninguna clave privada para %1.</translation>
    </message>
    <message>
        <source>Use --private-key-file FILE or APIACCESS_PRIVATE_KEY (and --remember-key to store it).</source>
        <translation>Use --private-key-file FILE o APIACCESS_PRIVATE_KEY (y --remember-key para guardarla).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  Require IP Whitelist for Public API: %1 → %2.</source>
        <translation>  «Require IP Whitelist for Public API»: %1 → %2.</translation>
    </message>
    <message>
        <source>%1 is cached by several profiles; choose one with --profile: %2</source>
        <translation>%1 está en la caché de varios perfiles; elija uno con --profile: %2</translation>
    </message>
    <message>
        <source>No cache holds organization %1; sync it first (apiaccess orgs lists what is cached).</source>
        <translation>Ninguna caché contiene la organización %1; sincronícela primero (apiaccess orgs lista lo que hay en caché).</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: argumento inesperado «%2»</translation>
    </message>
    <message>
        <source>What changed between two snapshots (apiaccess snapshots lists them).</source>
        <translation>Qué cambió entre dos instantáneas (apiaccess snapshots las lista).</translation>
    </message>
    <message numerus="yes">
        <source>No such snapshot of %1 (%n snapshot(s) kept: apiaccess snapshots --org %1 lists them).</source>
        <translation>
            <numerusform>No existe esa instantánea de %1 (%n instantánea guardada: apiaccess snapshots --org %1 la lista).</numerusform>
            <numerusform>No existe esa instantánea de %1 (%n instantáneas guardadas: apiaccess snapshots --org %1 las lista).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>export: give --format csv|json|md|html|pdf and --out FILE.</source>
        <translation>export: indique --format csv|json|md|html|pdf y --out FILE.</translation>
    </message>
    <message>
        <source>No snapshot %1 of %2 (apiaccess snapshots --org %2 lists them).</source>
        <translation>No hay instantánea %1 de %2 (apiaccess snapshots --org %2 las lista).</translation>
    </message>
    <message>
        <source>The saved connections: server, public key and the last sync. Private keys are never shown.</source>
        <translation>Las conexiones guardadas: servidor, clave pública y última sincronización. Las claves privadas nunca se muestran.</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizada</translation>
    </message>
    <message>
        <source>No saved connections.</source>
        <translation>No hay conexiones guardadas.</translation>
    </message>
    <message>
        <source>Only this profile&apos;s cache.</source>
        <translation>Solo la caché de este perfil.</translation>
    </message>
    <message>
        <source>The cached organizations: per profile, the last sync and how many snapshots are kept.</source>
        <translation>Las organizaciones en caché: por perfil, la última sincronización y cuántas instantáneas se guardan.</translation>
    </message>
    <message>
        <source>Profile %1 has no cache yet.</source>
        <translation>El perfil %1 aún no tiene caché.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n instantánea</numerusform>
            <numerusform>%n instantáneas</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored snapshots of an organization, oldest first, with what changed since the one before: the IDs diff --from/--to and export --snapshot take.</source>
        <translation>Las instantáneas guardadas de una organización, de la más antigua a la más reciente, con lo que cambió desde la anterior: los ID que aceptan diff --from/--to y export --snapshot.</translation>
    </message>
    <message>
        <source>setting %1 → %2</source>
        <translation>configuración %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation>
            <numerusform>%n clave añadida</numerusform>
            <numerusform>%n claves añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) removed</source>
        <translation>
            <numerusform>%n clave eliminada</numerusform>
            <numerusform>%n claves eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) changed</source>
        <translation>
            <numerusform>%n clave cambiada</numerusform>
            <numerusform>%n claves cambiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>first kept</source>
        <translation>primera guardada</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida «%1»</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — ¿quiso decir «%1»?</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>findings at or above --fail-on</source>
        <translation>hallazgos al nivel de --fail-on o superior</translation>
    </message>
    <message>
        <source>the command line is wrong; nothing was done</source>
        <translation>la línea de órdenes es incorrecta; no se hizo nada</translation>
    </message>
    <message>
        <source>the server refused the key or the address it calls from</source>
        <translation>el servidor rechazó la clave o la dirección desde la que se llama</translation>
    </message>
    <message>
        <source>the server could not be reached (network, TLS, timeout)</source>
        <translation>no se pudo contactar con el servidor (red, TLS, tiempo agotado)</translation>
    </message>
    <message>
        <source>the cache cannot be opened or read</source>
        <translation>la caché no se puede abrir ni leer</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>no se pudo escribir la salida</translation>
    </message>
    <message>
        <source>the organization or snapshot is not there, or this key cannot see it</source>
        <translation>la organización o la instantánea no existe, o esta clave no puede verla</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a private certificate authority.</source>
        <translation>Certificados de CA adicionales (PEM) para una autoridad de certificación privada.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint (hex, as a refusal prints it).</source>
        <translation>Confiar en el certificado del servidor con esta huella SHA-256 (hexadecimal, tal como la muestra un rechazo).</translation>
    </message>
    <message>
        <source>sync: unexpected argument &apos;%1&apos;</source>
        <translation>sync: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>No profile named %1 (apiaccess profiles lists them).</source>
        <translation>No hay ningún perfil llamado %1 (apiaccess profiles los lista).</translation>
    </message>
    <message>
        <source>(No scheme was given, so https was tried; for a plain-http server write http://%1.)</source>
        <translation>(No se indicó esquema, así que se probó https; para un servidor http sin cifrar escriba http://%1.)</translation>
    </message>
    <message>
        <source>Only the names, one per line (for completion: the keyring is not asked).</source>
        <translation>Solo los nombres, uno por línea (para el autocompletado: no se consulta el llavero).</translation>
    </message>
    <message>
        <source>keyring: %1</source>
        <translation>llavero: %1</translation>
    </message>
    <message>
        <source>Only the organization IDs, one per line (for completion).</source>
        <translation>Solo los ID de organización, uno por línea (para el autocompletado).</translation>
    </message>
    <message>
        <source>Usage: apiaccess completion bash|zsh|fish
Prints the shell&apos;s completion script for apiaccess: subcommands, options, profile names and cached organization IDs.
  bash: source &lt;(apiaccess completion bash)
  zsh:  source &lt;(apiaccess completion zsh)
  fish: apiaccess completion fish | source
cmake --install puts them where the shells look by themselves.</source>
        <translation>Uso: apiaccess completion bash|zsh|fish
Muestra el script de autocompletado del shell para apiaccess: órdenes, opciones, nombres de perfil e ID de las organizaciones en caché.
  bash: source &lt;(apiaccess completion bash)
  zsh:  source &lt;(apiaccess completion zsh)
  fish: apiaccess completion fish | source
cmake --install los instala donde los shells los buscan por sí mismos.</translation>
    </message>
    <message>
        <source>completion: give bash, zsh or fish.</source>
        <translation>completion: indique bash, zsh o fish.</translation>
    </message>
    <message>
        <source>completion: the script is missing from this build.</source>
        <translation>completion: falta el script en esta compilación.</translation>
    </message>
    <message>
        <source>(sync --ca-bundle FILE trusts your certificate authority; --pin-sha256 %1 trusts this certificate.)</source>
        <translation>(sync --ca-bundle FILE confía en su autoridad de certificación; --pin-sha256 %1 confía en este certificado.)</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a private certificate authority (&quot;&quot; removes them).</source>
        <translation>Certificados de CA adicionales (PEM) para una autoridad de certificación privada (&quot;&quot; los quita).</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint (&quot;&quot; trusts none).</source>
        <translation>Confiar en el certificado del servidor con esta huella SHA-256 (&quot;&quot; no confía en ninguno).</translation>
    </message>
    <message>
        <source>Saves a connection. Its private key goes to the keyring with sync --remember-key, never on the command line.</source>
        <translation>Guarda una conexión. Su clave privada va al llavero con sync --remember-key, nunca en la línea de órdenes.</translation>
    </message>
    <message>
        <source>Changes the certificate trust of a saved connection.</source>
        <translation>Cambia la confianza de certificados de una conexión guardada.</translation>
    </message>
    <message>
        <source>The connection&apos;s name.</source>
        <translation>El nombre de la conexión.</translation>
    </message>
    <message>
        <source>%1: give the connection&apos;s name.</source>
        <translation>%1: indique el nombre de la conexión.</translation>
    </message>
    <message>
        <source>%1: a connection named %2 exists already (profiles edit changes it).</source>
        <translation>%1: ya existe una conexión llamada %2 (profiles edit la cambia).</translation>
    </message>
    <message>
        <source>%1: --pin-sha256 takes the 64 hex digits of a SHA-256 fingerprint.</source>
        <translation>%1: --pin-sha256 espera los 64 dígitos hexadecimales de una huella SHA-256.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a private key file holds one key of 36 characters.</source>
        <translation>%1 tiene %2 bytes; un archivo de clave privada contiene una clave de 36 caracteres.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Only events at or after DATE (2026-03-12, or 2026-03-12T14:02Z).</source>
        <translation>Solo eventos a partir de DATE (2026-03-12 o 2026-03-12T14:02Z).</translation>
    </message>
    <message>
        <source>Only event types that start with PREFIX (API_KEY_, ORG_PUBLIC_API_, …); may be given more than once.</source>
        <translation>Solo tipos de evento que empiezan por PREFIX (API_KEY_, ORG_PUBLIC_API_, …); puede repetirse.</translation>
    </message>
    <message>
        <source>Who changed which API key or setting, from where and when: the organization&apos;s events feed as the last sync read it, newest first.</source>
        <translation>Quién cambió qué clave de API o ajuste, desde dónde y cuándo: los eventos de la organización tal como los leyó la última sincronización, los más recientes primero.</translation>
    </message>
    <message>
        <source>events: --since takes a date such as 2026-03-12 or 2026-03-12T14:02Z, not &apos;%1&apos;.</source>
        <translation>events: --since espera una fecha como 2026-03-12 o 2026-03-12T14:02Z, no «%1».</translation>
    </message>
    <message>
        <source>events: --type takes the start of an event type name, letters and underscores (API_KEY_), not &apos;%1&apos;.</source>
        <translation>events: --type espera el comienzo de un nombre de tipo de evento, letras y guiones bajos (API_KEY_), no «%1».</translation>
    </message>
    <message>
        <source>No events of %1 are cached: the last sync could not read the organization&apos;s events feed%2. Reading it needs the Organization Member role; sync again once the key has it.</source>
        <translation>No hay eventos de %1 en la caché: la última sincronización no pudo leer los eventos de la organización%2. Se necesita el rol Organization Member; vuelva a sincronizar cuando la clave lo tenga.</translation>
    </message>
    <message>
        <source>The last sync could not read the feed (%1): these are the events read up to %2.</source>
        <translation>La última sincronización no pudo leer los eventos (%1): estos son los leídos hasta %2.</translation>
    </message>
    <message>
        <source>Read every key&apos;s whitelist. Without it, a sync after an earlier one reads the key list and the events, and only the whitelists of keys the events name (usage counters of the others keep their last read).</source>
        <translation>Leer la lista blanca de cada clave. Sin esta opción, una sincronización posterior lee la lista de claves y los eventos, y solo las listas blancas de las claves que nombran los eventos (los contadores de uso de las demás conservan su última lectura).</translation>
    </message>
    <message>
        <source>%1; unchanged until %2</source>
        <translation>%1; sin cambios hasta %2</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1 (cuenta de servicio)</translation>
    </message>
    <message>
        <source>service account %1 (%2)</source>
        <translation>cuenta de servicio %1 (%2)</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output (csv: the keys; the entries go to NAME-entries.csv, the report&apos;s findings to NAME-findings.csv and the service accounts to NAME-serviceaccounts.csv, or follow on standard output, each after a blank line).</source>
        <translation>El archivo que escribir, o - para la salida estándar (csv: las claves; las entradas van a NAME-entries.csv, los hallazgos del informe a NAME-findings.csv y las cuentas de servicio a NAME-serviceaccounts.csv, o siguen en la salida estándar, cada uno tras una línea en blanco).</translation>
    </message>
    <message>
        <source>Report service-account secrets expiring within N days (14).</source>
        <translation>Informar de los secretos de cuentas de servicio que caducan en N días (14).</translation>
    </message>
    <message>
        <source>--secret-days needs a whole number of days from 1 to 365.</source>
        <translation>--secret-days necesita un número entero de días de 1 a 365.</translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) added, removed or changed</source>
        <translation>
            <numerusform>%n cuenta de servicio añadida, eliminada o cambiada</numerusform>
            <numerusform>%n cuentas de servicio añadidas, eliminadas o cambiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as this service account (mdb_sa_id_…) instead of a key.</source>
        <translation>Iniciar sesión con esta cuenta de servicio (mdb_sa_id_…) en lugar de una clave.</translation>
    </message>
    <message>
        <source>%1: give --public-key or --client-id, not both.</source>
        <translation>%1: indique --public-key o --client-id, no ambos.</translation>
    </message>
    <message>
        <source>Sync organizations into the offline cache. The private key is read from --private-key-file or APIACCESS_PRIVATE_KEY (a service account&apos;s secret from --client-secret-file or APIACCESS_CLIENT_SECRET), never from the command line. Quiet unless something is wrong.</source>
        <translation>Sincroniza organizaciones en la caché sin conexión. La clave privada se lee de --private-key-file o APIACCESS_PRIVATE_KEY (el secreto de una cuenta de servicio de --client-secret-file o APIACCESS_CLIENT_SECRET), nunca de la línea de órdenes. Silencioso salvo que algo vaya mal.</translation>
    </message>
    <message>
        <source>A file holding the service account&apos;s secret.</source>
        <translation>Un archivo con el secreto de la cuenta de servicio.</translation>
    </message>
    <message>
        <source>Give --profile NAME, or --url BASE and --public-key KEY (or --client-id ID).</source>
        <translation>Indique --profile NOMBRE, o --url BASE y --public-key CLAVE (o --client-id ID).</translation>
    </message>
    <message>
        <source>The keyring holds no client secret for %1.</source>
        <translation>El llavero no tiene ningún secreto de cliente para %1.</translation>
    </message>
    <message>
        <source>Use --client-secret-file FILE or APIACCESS_CLIENT_SECRET (and --remember-key to store it).</source>
        <translation>Use --client-secret-file ARCHIVO o APIACCESS_CLIENT_SECRET (y --remember-key para guardarlo).</translation>
    </message>
    <message>
        <source>Ops Manager&apos;s instance (its global API keys and global access list) instead of an organization.</source>
        <translation>La instancia de Ops Manager (sus claves de API globales y su lista de acceso global) en lugar de una organización.</translation>
    </message>
    <message>
        <source>%1: --org and --instance exclude each other.</source>
        <translation>%1: --org y --instance se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>%1: --org ID (or --instance) is required.</source>
        <translation>%1: se requiere --org ID (o --instance).</translation>
    </message>
    <message>
        <source>Only Ops Manager&apos;s instance: its global API keys and global access list (needs a global role).</source>
        <translation>Solo la instancia de Ops Manager: sus claves de API globales y su lista de acceso global (requiere un rol global).</translation>
    </message>
    <message>
        <source>sync --instance: %1 is not Ops Manager; only Ops Manager has global API keys and a global access list.</source>
        <translation>sync --instance: %1 no es Ops Manager; solo Ops Manager tiene claves de API globales y una lista de acceso global.</translation>
    </message>
    <message>
        <source>global access list entry %1</source>
        <translation>entrada de la lista de acceso global %1</translation>
    </message>
    <message>
        <source>The API to speak: public-v1 (Ops Manager, Cloud Manager; the default) or atlas (the Atlas Administration API v2).</source>
        <translation>La API que se habla: public-v1 (Ops Manager, Cloud Manager; predeterminada) o atlas (la Atlas Administration API v2).</translation>
    </message>
    <message>
        <source>%1: --api takes public-v1 or atlas, not %2.</source>
        <translation>%1: --api acepta public-v1 o atlas, no %2.</translation>
    </message>
    <message>
        <source>%1 answers the Atlas Administration API v2, not the Public API v1.0: sync again with --api atlas.</source>
        <translation>%1 responde a la Atlas Administration API v2, no a la Public API v1.0: sincronice de nuevo con --api atlas.</translation>
    </message>
    <message>
        <source>%1 answers the Public API v1.0 (Ops Manager or Cloud Manager), not the Atlas Administration API v2: sync again with --api public-v1.</source>
        <translation>%1 responde a la Public API v1.0 (Ops Manager o Cloud Manager), no a la Atlas Administration API v2: sincronice de nuevo con --api public-v1.</translation>
    </message>
    <message>
        <source>%1: %2 signs in as a service account: --public-key does not apply.</source>
        <translation>%1: %2 inicia sesión como cuenta de servicio: --public-key no se aplica.</translation>
    </message>
    <message>
        <source>%1: %2 signs in as a service account: give --client-secret-file, not --private-key-file.</source>
        <translation>%1: %2 inicia sesión como cuenta de servicio: indique --client-secret-file, no --private-key-file.</translation>
    </message>
    <message>
        <source>%1: --client-secret-file is for a service account (--client-id).</source>
        <translation>%1: --client-secret-file es para una cuenta de servicio (--client-id).</translation>
    </message>
    <message>
        <source>rotate key: %1 exists; give the name of a new file (nothing is overwritten).</source>
        <translation>rotate key: %1 existe; indique el nombre de un archivo nuevo (no se sobrescribe nada).</translation>
    </message>
    <message>
        <source>rotate key: cannot create %1: %2</source>
        <translation>rotate key: no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Only this connection&apos;s cache.</source>
        <translation>Solo la caché de esta conexión.</translation>
    </message>
    <message>
        <source>The key rotations in progress, from the caches (nothing is sent): each one&apos;s step, its new key, and when the old key was last used.</source>
        <translation>Las rotaciones de claves en curso, según las cachés (no se envía nada): el paso de cada una, su clave nueva y cuándo se usó por última vez la antigua.</translation>
    </message>
    <message>
        <source>No key rotation is in progress.</source>
        <translation>No hay ninguna rotación de claves en curso.</translation>
    </message>
    <message>
        <source>never used (as last synced)</source>
        <translation>nunca usada (según la última sincronización)</translation>
    </message>
    <message>
        <source>last used %1, after the new key was made</source>
        <translation>último uso %1, después de crear la clave nueva</translation>
    </message>
    <message>
        <source>last used %1, not since the new key was made</source>
        <translation>último uso %1, no desde que se creó la clave nueva</translation>
    </message>
    <message>
        <source>%1  %2 → %3  %4  old key %5%6</source>
        <translation>%1  %2 → %3  %4  clave antigua %5%6</translation>
    </message>
    <message>
        <source>Usage: apiaccess rotate key|status|finish|cancel …
  rotate key --org ID --key KEY --private-key-out FILE|-   create the new key, copy and check (again: resume)
  rotate status [--json]                                   the rotations in progress
  rotate finish --org ID --key KEY                          delete the old key
  rotate cancel --org ID --key KEY                          delete the new key
Each takes the connection options of sync (rotate key --help lists them).</source>
        <translation>Uso: apiaccess rotate key|status|finish|cancel …
  rotate key --org ID --key KEY --private-key-out FILE|-   crear la clave nueva, copiar y comprobar (de nuevo: reanudar)
  rotate status [--json]                                   las rotaciones en curso
  rotate finish --org ID --key KEY                          eliminar la clave antigua
  rotate cancel --org ID --key KEY                          eliminar la clave nueva
Cada una acepta las opciones de conexión de sync (rotate key --help las lista).</translation>
    </message>
    <message>
        <source>rotate: expected key, status, finish or cancel.</source>
        <translation>rotate: se esperaba key, status, finish o cancel.</translation>
    </message>
    <message>
        <source>rotate: unknown action &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>rotate: acción desconocida &apos;%1&apos; — ¿quiso decir &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>Rotate an API key without an outage: create a new key with the old key&apos;s organization roles, projects and access-list entries, read it back and check it. Its private key is written once, to --private-key-out (0600; - for standard output). Run again to resume a rotation that stopped; then switch the clients and run rotate finish.</source>
        <translation>Rotar una clave de API sin interrupción: crear una clave nueva con los roles de organización, proyectos y entradas de la lista de acceso de la antigua, releerla y comprobarla. Su clave privada se escribe una vez, en --private-key-out (0600; - para la salida estándar). Ejecutarlo de nuevo reanuda una rotación detenida; luego cambie los clientes y ejecute rotate finish.</translation>
    </message>
    <message>
        <source>Finish a rotation: delete the old key (refused while this connection signs in with it).</source>
        <translation>Terminar una rotación: eliminar la clave antigua (se rechaza mientras esta conexión inicie sesión con ella).</translation>
    </message>
    <message>
        <source>Cancel a rotation: delete the new key; the old key stays as it was.</source>
        <translation>Cancelar una rotación: eliminar la clave nueva; la antigua se queda como estaba.</translation>
    </message>
    <message>
        <source>The organization.</source>
        <translation>La organización.</translation>
    </message>
    <message>
        <source>The old key: its public key or key ID.</source>
        <translation>La clave antigua: su clave pública o su ID.</translation>
    </message>
    <message>
        <source>Where the new private key goes: a new file (0600), or - for standard output.</source>
        <translation>Adónde va la clave privada nueva: un archivo nuevo (0600), o - para la salida estándar.</translation>
    </message>
    <message>
        <source>The new key&apos;s description (default: the old one&apos;s with &quot;(rotated YYYY-MM)&quot;).</source>
        <translation>La descripción de la clave nueva (por defecto: la de la antigua con &quot;(rotated YYYY-MM)&quot;).</translation>
    </message>
    <message>
        <source>Leave this project out (repeatable).</source>
        <translation>Omitir este proyecto (repetible).</translation>
    </message>
    <message>
        <source>Leave this access-list entry out (repeatable).</source>
        <translation>Omitir esta entrada de la lista de acceso (repetible).</translation>
    </message>
    <message>
        <source>%1: give --org ID and --key KEY.</source>
        <translation>%1: indique --org ID y --key KEY.</translation>
    </message>
    <message>
        <source>rotate key: give --private-key-out FILE (or - for standard output): the new private key is shown only once.</source>
        <translation>rotate key: indique --private-key-out FILE (o - para la salida estándar): la clave privada nueva se muestra una sola vez.</translation>
    </message>
    <message>
        <source>%1: no key %2 in organization %3.</source>
        <translation>%1: no hay ninguna clave %2 en la organización %3.</translation>
    </message>
    <message>
        <source>%1: organization %2 is not in this connection&apos;s cache: sync it first.</source>
        <translation>%1: la organización %2 no está en la caché de esta conexión: sincronícela primero.</translation>
    </message>
    <message>
        <source>rotate key: the new private key could not be written to %1. The key %2 exists: run rotate cancel to delete it, then start again.</source>
        <translation>rotate key: no se pudo escribir la clave privada nueva en %1. La clave %2 existe: ejecute rotate cancel para eliminarla y empiece de nuevo.</translation>
    </message>
    <message>
        <source>New key %1 (%2) is ready: it has the old key&apos;s roles, projects and entries. Switch the clients to it, then run: apiaccess rotate finish --org %3 --key %4</source>
        <translation>La clave nueva %1 (%2) está lista: tiene los roles, proyectos y entradas de la antigua. Cambie los clientes y ejecute: apiaccess rotate finish --org %3 --key %4</translation>
    </message>
    <message>
        <source>Deleted the old key %1; the rotation is finished.</source>
        <translation>Clave antigua %1 eliminada; la rotación ha terminado.</translation>
    </message>
    <message>
        <source>The connection %1 now signs in with %2.</source>
        <translation>La conexión %1 inicia sesión ahora con %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
    <message>
        <source>no new key was made.</source>
        <translation>no se creó ninguna clave nueva.</translation>
    </message>
    <message>
        <source>the new key %1 was deleted.</source>
        <translation>se eliminó la clave nueva %1.</translation>
    </message>
    <message>
        <source>A key older than N days (by its creation event) is due for rotation (90).</source>
        <translation>Una clave con más de N días (según su evento de creación) debe rotarse (90).</translation>
    </message>
    <message>
        <source>--rotation-days needs a whole number of days from 1 to 3650.</source>
        <translation>--rotation-days necesita un número entero de días de 1 a 3650.</translation>
    </message>
    <message>
        <source>Where the history is kept: sqlite:PATH, or a team&apos;s PostgreSQL store postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem] (its password from the keyring, PGPASSWORD or ~/.pgpass, never in the address). With --profile, kept in the profile once the command succeeded.</source>
        <translation>Dónde se guarda el historial: sqlite:PATH, o el almacén PostgreSQL de un equipo postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem] (su contraseña desde el llavero, PGPASSWORD o ~/.pgpass, nunca en la dirección). Con --profile, se guarda en el perfil cuando el comando tiene éxito.</translation>
    </message>
    <message>
        <source>The store %1 does not hold organization %2.</source>
        <translation>El almacén %1 no contiene la organización %2.</translation>
    </message>
    <message>
        <source>Read this history store instead of the profiles&apos; caches: sqlite:PATH or postgresql://USER@HOST[:PORT]/DATABASE (password from the keyring, PGPASSWORD or ~/.pgpass).</source>
        <translation>Leer este almacén de historial en lugar de las cachés de los perfiles: sqlite:PATH o postgresql://USER@HOST[:PORT]/DATABASE (contraseña desde el llavero, PGPASSWORD o ~/.pgpass).</translation>
    </message>
    <message>
        <source>The store to copy from.</source>
        <translation>El almacén desde el que se copia.</translation>
    </message>
    <message>
        <source>The store to copy into.</source>
        <translation>El almacén al que se copia.</translation>
    </message>
    <message>
        <source>Only this organization (repeatable).</source>
        <translation>Solo esta organización (repetible).</translation>
    </message>
    <message>
        <source>Copies a store&apos;s history, notes and rotations into another: sqlite:PATH to postgresql://… and back. Run twice, nothing is copied twice.</source>
        <translation>Copia el historial, las notas y las rotaciones de un almacén a otro: de sqlite:PATH a postgresql://… y de vuelta. Ejecutado dos veces, nada se copia dos veces.</translation>
    </message>
    <message>
        <source>store copy: --from LOCATION and --to LOCATION are required.</source>
        <translation>store copy: --from LOCATION y --to LOCATION son obligatorios.</translation>
    </message>
    <message>
        <source>store copy: --from and --to are the same store.</source>
        <translation>store copy: --from y --to son el mismo almacén.</translation>
    </message>
    <message>
        <source>store copy: there is no file %1.</source>
        <translation>store copy: no existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 organizations: %2 snapshots copied, %3 already there; %4 notes copied, %5 kept (the same or newer there); %6 rotations copied.</source>
        <translation>%1 organizaciones: %2 instantáneas copiadas, %3 ya estaban; %4 notas copiadas, %5 conservadas (iguales o más recientes allí); %6 rotaciones copiadas.</translation>
    </message>
    <message>
        <source>The store.</source>
        <translation>El almacén.</translation>
    </message>
    <message>
        <source>Opens a store (creating or updating its schema) and says what it holds.</source>
        <translation>Abre un almacén (creando o actualizando su esquema) y dice qué contiene.</translation>
    </message>
    <message>
        <source>store info: --store LOCATION is required.</source>
        <translation>store info: --store LOCATION es obligatorio.</translation>
    </message>
    <message>
        <source>%1 (%2, schema %3)</source>
        <translation>%1 (%2, esquema %3)</translation>
    </message>
    <message>
        <source>%1  %2  last sync %3 by %4</source>
        <translation>%1  %2  última sincronización %3 por %4</translation>
    </message>
    <message>
        <source>The PostgreSQL store.</source>
        <translation>El almacén PostgreSQL.</translation>
    </message>
    <message>
        <source>Keeps a PostgreSQL store&apos;s password in the system keyring: read from APIACCESS_STORE_PASSWORD or one line of standard input, never from an argument. It is tried before it is kept.</source>
        <translation>Guarda la contraseña de un almacén PostgreSQL en el llavero del sistema: leída de APIACCESS_STORE_PASSWORD o de una línea de la entrada estándar, nunca de un argumento. Se prueba antes de guardarla.</translation>
    </message>
    <message>
        <source>store login: --store postgresql://USER@HOST/DATABASE is required.</source>
        <translation>store login: --store postgresql://USER@HOST/DATABASE es obligatorio.</translation>
    </message>
    <message>
        <source>store login: no password (APIACCESS_STORE_PASSWORD or standard input).</source>
        <translation>store login: no hay contraseña (APIACCESS_STORE_PASSWORD o entrada estándar).</translation>
    </message>
    <message>
        <source>The password of %1 is in the system keyring.</source>
        <translation>La contraseña de %1 está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>store: give copy, info or login (apiaccess store copy --help).</source>
        <translation>store: indique copy, info o login (apiaccess store copy --help).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start with the built-in demo server (the default while no connection profile exists).</source>
        <translation>Empezar con el servidor de demostración integrado (por defecto mientras no exista ningún perfil de conexión).</translation>
    </message>
    <message>
        <source>Open the saved connection NAME.</source>
        <translation>Abrir la conexión guardada NAME.</translation>
    </message>
    <message>
        <source>The language: en, de, fr, es, ja or zh_CN (default: the one chosen in View → Language, else the system&apos;s).</source>
        <translation>El idioma: en, de, fr, es, ja o zh_CN (por defecto: el elegido en Ver → Idioma; si no, el del sistema).</translation>
    </message>
    <message>
        <source>system, light or dark (default: View → Theme).</source>
        <translation>system, light o dark (por defecto: Ver → Tema).</translation>
    </message>
    <message>
        <source>Show the cached data only: nothing is sent to any server.</source>
        <translation>Mostrar solo los datos en caché: no se envía nada a ningún servidor.</translation>
    </message>
    <message>
        <source>API Access Console</source>
        <translation>API Access Console</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — ¿quiso decir «%1»?</translation>
    </message>
    <message>
        <source>(apiaccess --help lists the commands)</source>
        <translation>(apiaccess --help lista las órdenes)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (apiaccess --help lists the commands; a command comes first)</source>
        <translation>argumento inesperado «%1» (apiaccess --help lista las órdenes; la orden va primero)</translation>
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
        <translation>API Access Console: las claves de API programáticas, sus listas blancas de IP y la configuración de organización «Require IP Whitelist for Public API» de MongoDB Ops Manager y Cloud Manager.

Órdenes sin interfaz (cada una tiene --help; ninguna necesita pantalla):
  sync (--profile NAME | --url BASE --public-key KEY) [--org ID | --all-orgs]
       la clave privada desde --private-key-file FILE o APIACCESS_PRIVATE_KEY
  rotate key --org ID --key KEY --private-key-out FILE|-   una clave nueva como la antigua; luego
  rotate finish|cancel --org ID --key KEY · rotate status [--json]
  store copy --from LOCATION --to LOCATION   historial y notas a un almacén de equipo (y de vuelta)
  store info|login --store postgresql://USER@HOST/DB   qué contiene · su contraseña al llavero
  profiles [--json]                 conexiones guardadas y su última sincronización
  orgs [--profile NAME] [--json]    organizaciones en caché
  snapshots --org ID [--json]       instantáneas guardadas y lo que cambió cada una
  check-ip ADDRESS --org ID [--json]
  report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]
  diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]
  export --org ID --format csv|json|md|html|pdf --out FILE|- [--snapshot ID]
  events --org ID [--json]          quién cambió qué y desde dónde
  screenshots --out DIR [--lang L] [--theme light|dark] [--scale N]
  completion bash|zsh|fish          el script de autocompletado del shell
Códigos de salida: 0 correcto, 1 hallazgos al nivel de --fail-on o superior, 2 uso incorrecto, 3 rechazo de autenticación o de lista blanca, 4 red o TLS, 5 problema de caché, 6 salida no escrita, 7 organización o instantánea no encontrada.</translation>
    </message>
</context>
</TS>
