<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessDecision</name>
    <message>
        <source>Allowed: %1 is covered by the whitelist entry %2.</source>
        <translation>Autorisée&#xa0;: %1 est couverte par l&apos;entrée %2 de la liste blanche.</translation>
    </message>
    <message>
        <source>Allowed: the key has no whitelist and the organization does not require one, so any address may call it.</source>
        <translation>Autorisée&#xa0;: la clé n&apos;a pas de liste blanche et l&apos;organisation n&apos;en exige pas, donc toute adresse peut l&apos;utiliser.</translation>
    </message>
    <message numerus="yes">
        <source>Denied: %2 is not covered by any of the key&apos;s %n whitelist entries (the server answers %1).</source>
        <translation>
            <numerusform>Refusé : %2 n&apos;est couvert par aucune des %n entrées de la liste blanche de la clé (le serveur répond %1).</numerusform>
            <numerusform>Refusé : %2 n&apos;est couvert par aucune des %n entrées de la liste blanche de la clé (le serveur répond %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Denied: the organization requires a whitelist and this key has none, so it cannot call the API from any address (the server answers %1).</source>
        <translation>Refusé : l&apos;organisation exige une liste blanche et cette clé n&apos;en a pas ; elle ne peut donc appeler l&apos;API depuis aucune adresse (le serveur répond %1).</translation>
    </message>
    <message>
        <source>Denied: this endpoint requires the key to have a whitelist, and it has none (the server answers %1).</source>
        <translation>Refusé : ce point d&apos;accès exige que la clé ait une liste blanche, et elle n&apos;en a pas (le serveur répond %1).</translation>
    </message>
    <message>
        <source>Unknown: the key has no whitelist, so any address is allowed unless the organization requires a whitelist. The organization setting could not be read (if it is on, the server answers %1).</source>
        <translation>Inconnu : la clé n&apos;a pas de liste blanche, donc toute adresse est autorisée, sauf si l&apos;organisation exige une liste blanche. Le réglage de l&apos;organisation n&apos;a pas pu être lu (s&apos;il est actif, le serveur répond %1).</translation>
    </message>
    <message>
        <source>Allowed: %1 is covered by the access-list entry %2.</source>
        <translation>Autorisé : %1 est couvert par l’entrée de liste d’accès %2.</translation>
    </message>
    <message numerus="yes">
        <source>Denied: %2 is not covered by any of the service account&apos;s %n access-list entries (the server answers %1 when a token is used from there).</source>
        <translation>
            <numerusform>Refusé : %2 n’est couvert par aucune des %n entrées de la liste d’accès du compte de service (le serveur répond %1 quand un jeton y est utilisé).</numerusform>
            <numerusform>Refusé : %2 n’est couvert par aucune des %n entrées de la liste d’accès du compte de service (le serveur répond %1 quand un jeton y est utilisé).</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowed: the service account has no access list and the organization does not require one, so its tokens work from any address.</source>
        <translation>Autorisé : le compte de service n’a pas de liste d’accès et l’organisation n’en exige pas, ses jetons fonctionnent donc depuis toute adresse.</translation>
    </message>
    <message>
        <source>Denied: the organization requires an access list and this service account has none, so its tokens work from no address (the server answers %1).</source>
        <translation>Refusé : l’organisation exige une liste d’accès et ce compte de service n’en a pas, ses jetons ne fonctionnent donc depuis aucune adresse (le serveur répond %1).</translation>
    </message>
    <message>
        <source>Denied: this endpoint requires the service account to have an access list, and it has none (the server answers %1).</source>
        <translation>Refusé : ce point d’accès exige que le compte de service ait une liste d’accès, et il n’en a pas (le serveur répond %1).</translation>
    </message>
    <message>
        <source>Unknown: the service account has no access list, so any address is allowed unless the organization requires one. The organization setting could not be read (if it is on, the server answers %1).</source>
        <translation>Inconnu : le compte de service n’a pas de liste d’accès, toute adresse est donc autorisée sauf si l’organisation en exige une. Le paramètre de l’organisation n’a pas pu être lu (s’il est activé, le serveur répond %1).</translation>
    </message>
</context>
<context>
    <name>AccessListModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Adresse ou CIDR</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation>Dernière utilisation depuis</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>Note locale</translation>
    </message>
</context>
<context>
    <name>AddEntriesDialog</name>
    <message>
        <source>Add whitelist entries to %1</source>
        <translation>Ajouter des entrées à la liste blanche de %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>AddressCheck</name>
    <message>
        <source>Unknown: the key&apos;s whitelist could not be read (%1).</source>
        <translation>Inconnu&#xa0;: la liste blanche de la clé n&apos;a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>Unknown: the service account&apos;s access list could not be read (%1).</source>
        <translation>Inconnu : la liste d’accès du compte de service n’a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>Unknown: the global access list could not be read (%1).</source>
        <translation>Inconnu : la liste d’accès globale n’a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>Allowed: the global access list entry %1 (%2) covers %3.</source>
        <translation>Autorisé : l’entrée %1 (%2) de la liste d’accès globale couvre %3.</translation>
    </message>
    <message>
        <source>Denied: the global access list is empty (Ops Manager&apos;s documentation does not say whether an empty list admits none or any; this console assumes none).</source>
        <translation>Refusé : la liste d’accès globale est vide (la documentation d’Ops Manager ne dit pas si une liste vide n’admet aucune adresse ou toutes ; cette console suppose aucune).</translation>
    </message>
    <message numerus="yes">
        <source>Denied: none of the global access list&apos;s %n entry(ies) covers %1.</source>
        <translation>
            <numerusform>Refusé : l’entrée (%n) de la liste d’accès globale ne couvre pas %1.</numerusform>
            <numerusform>Refusé : aucune des %n entrées de la liste d’accès globale ne couvre %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressCheckPage</name>
    <message>
        <source>The address the server sees me from</source>
        <translation>L&apos;adresse sous laquelle le serveur me voit</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address</source>
        <translation>Une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>Address to check</source>
        <translation>Adresse à vérifier</translation>
    </message>
    <message>
        <source>Which keys may call from the address</source>
        <translation>Quelles clés peuvent appeler depuis cette adresse</translation>
    </message>
    <message>
        <source>The server has not reported which address it sees this console calling from.</source>
        <translation>Le serveur n&apos;a pas indiqué sous quelle adresse il voit cette console.</translation>
    </message>
    <message>
        <source>Type an address to see, for every key, whether it may call from there.</source>
        <translation>Saisissez une adresse pour voir, pour chaque clé, si elle peut appeler depuis celle-ci.</translation>
    </message>
    <message>
        <source>Type one address, not a block.</source>
        <translation>Saisissez une seule adresse, pas un bloc.</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Rien n&apos;est encore en cache pour cette organisation&#xa0;: synchronisez-la (F5).</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) may call from %2 (as cached %3).</source>
        <translation>
            <numerusform>%1 clé sur %n peut appeler depuis %2 (état au %3).</numerusform>
            <numerusform>%1 clés sur %n peuvent appeler depuis %2 (état au %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open key</source>
        <translation>&amp;Ouvrir la clé</translation>
    </message>
    <message>
        <source>&amp;Add this address to its whitelist…</source>
        <translation>&amp;Ajouter cette adresse à sa liste blanche…</translation>
    </message>
    <message>
        <source>Add %1 to its whitelist…</source>
        <translation>Ajouter %1 à sa liste blanche…</translation>
    </message>
    <message>
        <source>Add this address to its whitelist…</source>
        <translation>Ajouter cette adresse à sa liste blanche…</translation>
    </message>
    <message>
        <source>Key or service account</source>
        <translation>Clé ou compte de service</translation>
    </message>
    <message>
        <source>Public key or client ID</source>
        <translation>Clé publique ou ID client</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1 (compte de service)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service account(s) may use their tokens from there.</source>
        <translation>
            <numerusform>%1 sur %n compte de service peut utiliser ses jetons depuis là.</numerusform>
            <numerusform>%1 sur %n comptes de service peuvent utiliser leurs jetons depuis là.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to its access list…</source>
        <translation>Ajouter %1 à sa liste d’accès…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The root document has no appName: this is not an Ops Manager or Cloud Manager API.</source>
        <translation>Le document racine n&apos;a pas d&apos;appName&#xa0;: ce n&apos;est pas une API Ops Manager ou Cloud Manager.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>API key not accepted</source>
        <translation>Clé d&apos;API refusée</translation>
    </message>
    <message>
        <source>Address not on the whitelist</source>
        <translation>Adresse absente de la liste blanche</translation>
    </message>
    <message>
        <source>The organization requires a whitelist</source>
        <translation>L&apos;organisation exige une liste blanche</translation>
    </message>
    <message>
        <source>This operation requires a whitelist</source>
        <translation>Cette opération exige une liste blanche</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>Interdit pour cette clé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>votre adresse</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source> The server said: “%1”</source>
        <translation> Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the server address, your network and the proxy settings of the connection.</source>
        <translation>Impossible de joindre le serveur (%1). Vérifiez l&apos;adresse du serveur, votre réseau et les paramètres de proxy de la connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2. If you recognise it, add your organization&apos;s CA bundle to the connection, or trust this certificate for this connection only.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé (%1). Son empreinte SHA-256 est %2. Si vous la reconnaissez, ajoutez le paquet d&apos;autorités (CA) de votre organisation à la connexion, ou faites confiance à ce certificat pour cette connexion uniquement.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or a proxy may be holding the request; try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Il est peut-être surchargé, ou un proxy retient la requête&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The server did not accept API key %1: the public key or the private key is wrong, or the key was deleted. Check both in the connection profile.</source>
        <translation>Le serveur n&apos;a pas accepté la clé d&apos;API %1&#xa0;: la clé publique ou la clé privée est fausse, ou la clé a été supprimée. Vérifiez les deux dans le profil de connexion.</translation>
    </message>
    <message>
        <source>The server sees this computer calling from %1, and that address is not on the whitelist of API key %2. Add %1 (or a block that covers it) to that key&apos;s whitelist, or connect from an address that is on it.</source>
        <translation>Le serveur voit cet ordinateur appeler depuis %1, et cette adresse n&apos;est pas sur la liste blanche de la clé d&apos;API %2. Ajoutez %1 (ou un bloc qui la couvre) à la liste blanche de cette clé, ou connectez-vous depuis une adresse qui y figure.</translation>
    </message>
    <message>
        <source>The organization requires every API key to have a whitelist, and API key %2 has none, so it cannot be used from anywhere. Add %1 to its whitelist (with an Organization Owner key or in the web console).</source>
        <translation>L&apos;organisation exige une liste blanche pour chaque clé d&apos;API, et la clé d&apos;API %2 n&apos;en a pas&#xa0;; elle est donc inutilisable. Ajoutez %1 à sa liste blanche (avec une clé Organization Owner ou dans la console web).</translation>
    </message>
    <message>
        <source>This operation is only allowed for API keys with a whitelist, and API key %2 has none. Add %1 to its whitelist, then try again.</source>
        <translation>Cette opération n&apos;est permise qu&apos;aux clés d&apos;API dotées d&apos;une liste blanche, et la clé d&apos;API %2 n&apos;en a pas. Ajoutez %1 à sa liste blanche, puis réessayez.</translation>
    </message>
    <message>
        <source>API key %1 is not allowed to do this.%2 Use a key with the needed role (for most changes: Organization Owner).</source>
        <translation>La clé d&apos;API %1 n&apos;a pas le droit de faire cela.%2 Utilisez une clé ayant le rôle nécessaire (pour la plupart des modifications&#xa0;: Organization Owner).</translation>
    </message>
    <message>
        <source>It no longer exists on the server.%1 Refresh to see the current state.</source>
        <translation>Cela n&apos;existe plus sur le serveur.%1 Actualisez pour voir l&apos;état actuel.</translation>
    </message>
    <message>
        <source>Nothing was changed because it is already there.%1</source>
        <translation>Rien n&apos;a été modifié, car c&apos;est déjà présent.%1</translation>
    </message>
    <message>
        <source>The server refused the request.%1</source>
        <translation>Le serveur a refusé la requête.%1</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting how often it may be called.%1 The console waits %n second(s) before trying again.</source>
        <translation>
            <numerusform>Le serveur limite la fréquence des appels.%1 La console attend %n seconde avant de réessayer.</numerusform>
            <numerusform>Le serveur limite la fréquence des appels.%1 La console attend %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).%2 Try again later; if it persists, the server&apos;s logs say more.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1).%2 Réessayez plus tard&#xa0;; si cela persiste, les journaux du serveur en disent plus.</translation>
    </message>
    <message>
        <source>The server answered with something that is not the API&apos;s JSON (HTTP %1). A proxy or a wrong server address may be in the way.</source>
        <translation>Le serveur a répondu autre chose que le JSON de l&apos;API (HTTP %1). Un proxy ou une mauvaise adresse de serveur est peut-être en cause.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server accepted the change, but reading back the new value failed: %1 The next sync (F5) shows the value the server now holds.</source>
        <translation>Le serveur a accepté la modification, mais la relecture de la nouvelle valeur a échoué : %1 La prochaine synchronisation (F5) affiche la valeur que le serveur détient désormais.</translation>
    </message>
    <message>
        <source>The server redirected to %1 — not followed: the key&apos;s credentials go to the connection&apos;s own server only. If that address is the right one, change the connection&apos;s server to it.</source>
        <translation>Le serveur a redirigé vers %1 — non suivi : les identifiants de la clé ne vont qu’au serveur de la connexion. Si cette adresse est la bonne, indiquez-la comme serveur de la connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used (HTTP %1: %2). A proxy or a wrong server address may be in the way.</source>
        <translation>La réponse du serveur était inutilisable (HTTP %1 : %2). Un proxy ou une mauvaise adresse de serveur fait peut-être obstacle.</translation>
    </message>
    <message>
        <source>The server stopped answering (%1). It may be overloaded or a proxy may be holding the request; try again later.</source>
        <translation>Le serveur ne répond plus (%1). Il est peut-être surchargé, ou un proxy retient la requête ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server did not accept service account %1 (invalid_client): the client ID or the secret is wrong, or the secret expired or was deleted.%2 Add a new secret to the account (Organization Owner) and put it in the connection profile.</source>
        <translation>Le serveur n’a pas accepté le compte de service %1 (invalid_client) : l’ID client ou le secret est faux, ou le secret a expiré ou a été supprimé.%2 Ajoutez un nouveau secret au compte (Organization Owner) et mettez-le dans le profil de connexion.</translation>
    </message>
    <message>
        <source>Service account %1 may hold at most 100 active tokens and has reached that limit (access_denied).%2 Tokens expire after an hour; wait, or revoke the ones other tools hold.</source>
        <translation>Le compte de service %1 peut détenir au plus 100 jetons actifs et a atteint cette limite (access_denied).%2 Les jetons expirent après une heure ; attendez, ou révoquez ceux que d’autres outils détiennent.</translation>
    </message>
    <message>
        <source>The server refused to give service account %1 a token (%2).%3</source>
        <translation>Le serveur a refusé de donner un jeton au compte de service %1 (%2).%3</translation>
    </message>
    <message>
        <source>The server did not accept the token of service account %1, not even a fresh one: the account or its secret may have been deleted.%2 Check the connection profile.</source>
        <translation>Le serveur n’a pas accepté le jeton du compte de service %1, pas même un nouveau : le compte ou son secret a peut-être été supprimé.%2 Vérifiez le profil de connexion.</translation>
    </message>
    <message>
        <source>The server sees this computer calling from %1, and that address is not on the access list of service account %2 (the list applies when a token is used, not when it is issued). Add %1 (or a block that covers it) to the account&apos;s access list, or connect from an address that is on it.</source>
        <translation>Le serveur voit cet ordinateur appeler depuis %1, et cette adresse n’est pas sur la liste d’accès du compte de service %2 (la liste s’applique quand un jeton est utilisé, pas quand il est émis). Ajoutez %1 (ou un bloc qui la couvre) à la liste d’accès du compte, ou connectez-vous depuis une adresse qui y figure.</translation>
    </message>
    <message>
        <source>The organization requires an access list, and service account %2 has none, so its tokens work from nowhere. Add %1 to its access list (with an Organization Owner key or in the web console).</source>
        <translation>L’organisation exige une liste d’accès, et le compte de service %2 n’en a pas : ses jetons ne fonctionnent nulle part. Ajoutez %1 à sa liste d’accès (avec une clé Organization Owner ou dans la console web).</translation>
    </message>
    <message>
        <source>This operation is only allowed with an access list, and service account %2 has none. Add %1 to its access list, then try again.</source>
        <translation>Cette opération n’est permise qu’avec une liste d’accès, et le compte de service %2 n’en a pas. Ajoutez %1 à sa liste d’accès, puis réessayez.</translation>
    </message>
    <message>
        <source>Service account %1 is not allowed to do this.%2 Use an account or a key with the needed role (for most changes: Organization Owner).</source>
        <translation>Le compte de service %1 n’a pas le droit de faire cela.%2 Utilisez un compte ou une clé ayant le rôle nécessaire (pour la plupart des changements : Organization Owner).</translation>
    </message>
    <message>
        <source>the token endpoint&apos;s answer holds no usable bearer token</source>
        <translation>la réponse du point d’accès des jetons ne contient aucun jeton bearer utilisable</translation>
    </message>
    <message>
        <source>an address it did not give</source>
        <translation>une adresse qu’il n’a pas donnée</translation>
    </message>
    <message>
        <source>Another change to the same object reached the server at the same moment, so this one was not made.%1 Try again.</source>
        <translation>Une autre modification du même objet est arrivée au serveur au même moment ; celle-ci n’a donc pas été faite.%1 Réessayez.</translation>
    </message>
    <message>
        <source>API version not served</source>
        <translation>Version d’API non servie</translation>
    </message>
    <message>
        <source>Only the key itself or a user administrator may read another key&apos;s access list, and API key %1 is neither: this list is unknown here, not empty. Sync with an Organization Owner key to see it.</source>
        <translation>Seule la clé elle-même ou un administrateur des utilisateurs peut lire la liste d’accès d’une autre clé, et la clé d’API %1 n’est ni l’une ni l’autre : cette liste est inconnue ici, pas vide. Synchronisez avec une clé Organization Owner pour la voir.</translation>
    </message>
    <message>
        <source>This version of API Access Console speaks a version of this resource (%1) that the server no longer serves.%2 Update API Access Console; nothing was changed.</source>
        <translation>Cette version d’API Access Console parle une version de cette ressource (%1) que le serveur ne sert plus.%2 Mettez à jour API Access Console ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server refuses to remove the entry that covers %1, the address this console calls from with API key %2: without it the key could no longer call from here. Nothing was changed. To remove it, connect from another address or with another key.</source>
        <translation>Le serveur refuse de retirer l’entrée qui couvre %1, l’adresse depuis laquelle cette console appelle avec la clé d’API %2 : sans elle, la clé ne pourrait plus appeler d’ici. Rien n’a été modifié. Pour la retirer, connectez-vous depuis une autre adresse ou avec une autre clé.</translation>
    </message>
</context>
<context>
    <name>ApiEvent</name>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>by %1 from %2</source>
        <translation>par %1 depuis %2</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Clé d’API %1</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>%1 créée %2</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 supprimée %2</translation>
    </message>
    <message>
        <source>%1: entry %2 added %3</source>
        <translation>%1 : entrée %2 ajoutée %3</translation>
    </message>
    <message>
        <source>%1: entry %2 removed %3</source>
        <translation>%1 : entrée %2 retirée %3</translation>
    </message>
    <message>
        <source>%1: roles changed %2</source>
        <translation>%1 : rôles modifiés %2</translation>
    </message>
    <message>
        <source>%1: description changed %2</source>
        <translation>%1 : description modifiée %2</translation>
    </message>
    <message>
        <source>%1 assigned to project %2 %3</source>
        <translation>%1 affectée au projet %2 %3</translation>
    </message>
    <message>
        <source>%1 removed from project %2 %3</source>
        <translation>%1 retirée du projet %2 %3</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API turned on %1</source>
        <translation>« Require IP Whitelist for Public API » activé %1</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API turned off %1</source>
        <translation>« Require IP Whitelist for Public API » désactivé %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>API key “%1”</source>
        <translation>Clé d’API « %1 »</translation>
    </message>
    <message>
        <source>by this console (key %1); the server&apos;s own event is read with the next sync</source>
        <translation>par cette console (clé %1) ; l’événement du serveur sera lu à la prochaine synchronisation</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>Enter a description: it is how people recognise the key.</source>
        <translation>Saisissez une description&#xa0;: c&apos;est à elle qu&apos;on reconnaît la clé.</translation>
    </message>
    <message>
        <source>The description has %1 characters; the server accepts at most 250.</source>
        <translation>La description compte %1 caractères&#xa0;; le serveur en accepte au plus 250.</translation>
    </message>
    <message>
        <source>The description contains a control character (U+%1) at position %2; remove it.</source>
        <translation>La description contient un caractère de contrôle (U+%1) à la position %2 ; retirez-le.</translation>
    </message>
    <message>
        <source>The description contains a text direction override (U+%1) at position %2, which makes it display differently from what it is; remove it.</source>
        <translation>La description contient un forçage du sens du texte (U+%1) à la position %2, qui la fait apparaître autrement qu’elle n’est ; retirez-le.</translation>
    </message>
</context>
<context>
    <name>ApiKeysModel</name>
    <message>
        <source>Owner: %1
Ticket: %2
%3</source>
        <translation>Responsable&#xa0;: %1
Ticket&#xa0;: %2
%3</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>Rôles d&apos;organisation</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Liste blanche</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>Note locale</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>Rôles du projet</translation>
    </message>
    <message>
        <source>rotating → %1</source>
        <translation>en rotation → %1</translation>
    </message>
    <message>
        <source>new key of a rotation of %1</source>
        <translation>nouvelle clé d’une rotation de %1</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>Filter by description, public key, key ID or address (Ctrl+F)</source>
        <translation>Filtrer par description, clé publique, ID de clé ou adresse (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter API keys</source>
        <translation>Filtrer les clés d&apos;API</translation>
    </message>
    <message>
        <source>Show keys with role</source>
        <translation>Afficher les clés ayant le rôle</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <source>Whitelist of the selected key</source>
        <translation>Liste blanche de la clé sélectionnée</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>Rôles de projet</translation>
    </message>
    <message>
        <source>Projects the selected key is assigned to</source>
        <translation>Projets auxquels la clé sélectionnée est affectée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Create key…</source>
        <translation>&amp;Créer une clé…</translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation>&amp;Modifier la clé…</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>&amp;Supprimer la clé…</translation>
    </message>
    <message>
        <source>&amp;Add whitelist entries…</source>
        <translation>&amp;Ajouter des entrées…</translation>
    </message>
    <message>
        <source>Copy key &amp;ID</source>
        <translation>Copier l&apos;&amp;ID de la clé</translation>
    </message>
    <message>
        <source>Copy &amp;public key</source>
        <translation>Copier la clé &amp;publique</translation>
    </message>
    <message>
        <source>Copy a&amp;ddress</source>
        <translation>Copier l&apos;a&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Invite key…</source>
        <translation>&amp;Inviter une clé…</translation>
    </message>
    <message>
        <source>Change project &amp;roles…</source>
        <translation>Modifier les rô&amp;les du projet…</translation>
    </message>
    <message>
        <source>&amp;Unassign from project…</source>
        <translation>Retirer du pro&amp;jet…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>No key selected.</source>
        <translation>Aucune clé sélectionnée.</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Rien n&apos;est encore en cache pour cette organisation&#xa0;: synchronisez-la (F5).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Public key &lt;code&gt;%2&lt;/code&gt; · Key ID &lt;code&gt;%3&lt;/code&gt; · Private key %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Clé publique &lt;code&gt;%2&lt;/code&gt; · ID de clé &lt;code&gt;%3&lt;/code&gt; · Clé privée %4</translation>
    </message>
    <message>
        <source>Whitelist not readable: %1</source>
        <translation>Liste blanche illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>This key has no whitelist: it may call from any address unless the organization requires a whitelist.</source>
        <translation>Cette clé n&apos;a pas de liste blanche&#xa0;: elle peut appeler depuis n&apos;importe quelle adresse, sauf si l&apos;organisation exige une liste blanche.</translation>
    </message>
    <message>
        <source>Offline: changes need the server.</source>
        <translation>Hors ligne&#xa0;: les modifications nécessitent le serveur.</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change API keys.</source>
        <translation>Seule une clé Organization Owner peut modifier les clés d&apos;API.</translation>
    </message>
    <message>
        <source>Saved the project roles of %1.</source>
        <translation>Rôles de projet de %1 enregistrés.</translation>
    </message>
    <message>
        <source>Unassign from project?</source>
        <translation>Retirer du projet&#xa0;?</translation>
    </message>
    <message>
        <source>Remove %1 from %2? The key stays in the organization with its other roles.</source>
        <translation>Retirer %1 de %2&#xa0;? La clé reste dans l&apos;organisation avec ses autres rôles.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Unassigned %1.</source>
        <translation>%1 retirée.</translation>
    </message>
    <message>
        <source>Not unassigned. %1</source>
        <translation>Non retirée. %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>Delete API key?</source>
        <translation>Supprimer la clé d&apos;API&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the API key %1? Everything that uses it stops working at once; this cannot be undone.</source>
        <translation>Supprimer la clé d&apos;API %1&#xa0;? Tout ce qui l&apos;utilise cesse aussitôt de fonctionner&#xa0;; c&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>Non supprimée. %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n whitelist entry(ies).</source>
        <translation>
            <numerusform>%n entrée ajoutée à la liste blanche.</numerusform>
            <numerusform>%n entrées ajoutées à la liste blanche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the whitelist of %2?</source>
        <translation>Retirer %1 de la liste blanche de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 retirée.</translation>
    </message>
    <message>
        <source>Pick an organization or project on the left to see its API keys.</source>
        <translation>Choisissez une organisation ou un projet à gauche pour voir ses clés d’API.</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Liste blanche</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>&amp;Remove entries…</source>
        <translation>&amp;Retirer les entrées…</translation>
    </message>
    <message numerus="yes">
        <source>Whitelist (%n)</source>
        <translation>
            <numerusform>Liste blanche (%n)</numerusform>
            <numerusform>Liste blanche (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whitelist (not readable)</source>
        <translation>Liste blanche (illisible)</translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projets (%n)</numerusform>
            <numerusform>Projets (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the key this console is connected with. Deleting it locks this console out at once: every later request fails until you connect with another key (Connection → Edit this connection).</source>
        <translation>C’est la clé avec laquelle cette console est connectée. La supprimer verrouille aussitôt la console : toute requête suivante échoue jusqu’à une connexion avec une autre clé (Connexion → Modifier cette connexion).</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>Supprimer et verrouiller cette console</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n entries from the whitelist of %1?</source>
        <translation>
            <numerusform>Retirer cette %n entrée de la liste blanche de %1 ?</numerusform>
            <numerusform>Retirer ces %n entrées de la liste blanche de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the address this console calls from, is covered by %2.</source>
        <translation>%1, l’adresse depuis laquelle appelle cette console, est couverte par %2.</translation>
    </message>
    <message>
        <source>This empties the whitelist: the key may then call from any address, or from none if the organization requires a whitelist.</source>
        <translation>La liste blanche devient vide : la clé pourra alors appeler depuis n’importe quelle adresse, ou d’aucune si l’organisation exige une liste blanche.</translation>
    </message>
    <message>
        <source>Remove whitelist entries?</source>
        <translation>Retirer des entrées de la liste blanche ?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entry(ies)</source>
        <translation>
            <numerusform>Retirer %n entrée</numerusform>
            <numerusform>Retirer %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Non retiré : %1</translation>
    </message>
    <message>
        <source>Invited %1 to %2.</source>
        <translation>%1 a été invitée dans %2.</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Créée le %1 par %2</translation>
    </message>
    <message>
        <source>Whitelist and usage as read %1 (no event named this key since; a full sync reads it again)</source>
        <translation>Liste blanche et utilisation lues le %1 (aucun événement n’a nommé cette clé depuis ; une synchronisation complète les relit)</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n addresses to the clipboard, one per line.</source>
        <translation>
            <numerusform>%n adresse copiée dans le presse-papiers, une par ligne.</numerusform>
            <numerusform>%n adresses copiées dans le presse-papiers, une par ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>To assign a key to a project, pick the project in the list on the left and use Invite key… (Ctrl+I) there: you choose the key and its roles in that project. Change project roles… and Unassign from project… are there too.</source>
        <translation>Pour attribuer une clé à un projet, choisissez le projet dans la liste de gauche et utilisez « Inviter une clé… » (Ctrl+I) : vous y choisissez la clé et ses rôles dans ce projet. « Modifier les rôles du projet… » et « Retirer du projet… » s’y trouvent aussi.</translation>
    </message>
    <message>
        <source>%1 stays: this console calls from %2 with this key, the server refuses to remove the entry the caller uses, and without it the console would be locked out. To remove it, connect from another address or with another key.</source>
        <translation>%1 reste : cette console appelle depuis %2 avec cette clé, le serveur refuse de retirer l&apos;entrée qu&apos;utilise l&apos;appelant, et sans elle la console serait bloquée. Pour la retirer, connectez-vous depuis une autre adresse ou avec une autre clé.</translation>
    </message>
    <message>
        <source>This entry cannot be removed from here</source>
        <translation>Cette entrée ne peut pas être retirée d&apos;ici</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>R&amp;otate key…</source>
        <translation>R&amp;otation de la clé…</translation>
    </message>
    <message>
        <source>A new key with this key&apos;s roles, projects and entries; then switch the clients and delete this one</source>
        <translation>Une nouvelle clé avec les rôles, projets et entrées de celle-ci ; puis basculer les clients et supprimer celle-ci</translation>
    </message>
    <message>
        <source>R&amp;otation…</source>
        <translation>R&amp;otation…</translation>
    </message>
    <message>
        <source>Rotated: the old key %1 is deleted; %2 takes its place.</source>
        <translation>Rotation faite : l’ancienne clé %1 est supprimée ; %2 la remplace.</translation>
    </message>
    <message>
        <source>Rotation of %1 cancelled; the new key %2 is deleted.</source>
        <translation>Rotation de %1 annulée ; la nouvelle clé %2 est supprimée.</translation>
    </message>
</context>
<context>
    <name>CacheAccess</name>
    <message>
        <source>the cache could not be opened</source>
        <translation>le cache n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>the team store does not answer</source>
        <translation>le stockage d’équipe ne répond pas</translation>
    </message>
    <message>
        <source>%1; it could not be kept on this computer either (%2)</source>
        <translation>%1 ; il n’a pas pu non plus être conservé sur cet ordinateur (%2)</translation>
    </message>
    <message>
        <source>the team store did not take it (%1); it is kept on this computer and written to the store as soon as it answers</source>
        <translation>le stockage d’équipe ne l’a pas accepté (%1) ; il est conservé sur cet ordinateur et écrit dans le stockage dès qu’il répond</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cannot create the cache file %1.</source>
        <translation>Impossible de créer le fichier de cache %1.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Impossible d&apos;ouvrir le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation>Le cache %1 est endommagé et n&apos;a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>The offline cache was damaged. It was set aside as %1 and a new, empty cache was created; the next sync fills it again.</source>
        <translation>Le cache hors ligne était endommagé. Il a été mis de côté sous %1 et un nouveau cache vide a été créé&#xa0;; la prochaine synchronisation le remplira.</translation>
    </message>
    <message>
        <source>Cannot read the cache&apos;s schema version.</source>
        <translation>Impossible de lire la version de schéma du cache.</translation>
    </message>
    <message>
        <source>Updating the cache to schema %1 failed: %2</source>
        <translation>La mise à jour du cache vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The store was updated by a newer version of the console (schema %1; this one knows %2): it is shown read-only. Update the console to write to it.</source>
        <translation>Le stockage a été mis à jour par une version plus récente de la console (schéma %1 ; celle-ci connaît %2) : il est affiché en lecture seule. Mettez la console à jour pour y écrire.</translation>
    </message>
    <message>
        <source>This console has no PostgreSQL driver (Debian package libqt6sql6-psql).</source>
        <translation>Cette console n’a pas de pilote PostgreSQL (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL store %1: %2</source>
        <translation>Impossible d’ouvrir le stockage PostgreSQL %1 : %2</translation>
    </message>
    <message>
        <source>The database role %1 may only read this store (an auditor&apos;s role): the console shows its history and notes and changes nothing in it.</source>
        <translation>Le rôle de base de données %1 ne peut que lire ce stockage (un rôle d’auditeur) : la console en affiche l’historique et les notes et n’y modifie rien.</translation>
    </message>
    <message>
        <source>Cannot lock the store to update its schema: %1</source>
        <translation>Impossible de verrouiller le stockage pour mettre à jour son schéma : %1</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s schema version.</source>
        <translation>Impossible de lire la version du schéma du stockage.</translation>
    </message>
    <message>
        <source>Updating the store to schema %1 failed: %2</source>
        <translation>La mise à jour du stockage vers le schéma %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>A global key has no list of its own: the global access list covers it.</source>
        <translation>Une clé globale n’a pas de liste propre : la liste d’accès globale la couvre.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>The name cannot contain “/” or “\”.</source>
        <translation>Le nom ne peut contenir ni «&#xa0;/&#xa0;» ni «&#xa0;\&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the API key&apos;s public key.</source>
        <translation>Saisissez la clé publique de la clé d&apos;API.</translation>
    </message>
    <message>
        <source>“%1” does not look like a public key.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une clé publique.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port.</source>
        <translation>Saisissez l&apos;hôte et le port du proxy.</translation>
    </message>
    <message>
        <source>Enter the private key (it was shown once, when the key was created).</source>
        <translation>Saisissez la clé privée (elle n&apos;a été affichée qu&apos;une fois, à la création de la clé).</translation>
    </message>
    <message>
        <source>This does not look like a private key: it has no spaces and is about 36 characters long.</source>
        <translation>Ceci ne ressemble pas à une clé privée&#xa0;: elle ne contient pas d&apos;espace et fait environ 36 caractères.</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client ID.</source>
        <translation>Saisissez l’ID client du compte de service.</translation>
    </message>
    <message>
        <source>“%1” is not a client ID: it is mdb_sa_id_ followed by 24 hexadecimal digits.</source>
        <translation>« %1 » n’est pas un ID client : c’est mdb_sa_id_ suivi de 24 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Enter the client secret (it was shown once, when the secret was created).</source>
        <translation>Saisissez le secret client (il a été affiché une fois, à sa création).</translation>
    </message>
    <message>
        <source>This does not look like a client secret: it starts with mdb_sa_sk_ and has no spaces.</source>
        <translation>Cela ne ressemble pas à un secret client : il commence par mdb_sa_sk_ et ne contient pas d’espace.</translation>
    </message>
    <message>
        <source>Give a PostgreSQL database as postgresql://USER@HOST/DATABASE, or leave it empty to keep the history on this computer.</source>
        <translation>Indiquez une base PostgreSQL sous la forme postgresql://USER@HOST/DATABASE, ou laissez vide pour garder l’historique sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Enter the server address, as you type it in a browser.</source>
        <translation>Saisissez l&apos;adresse du serveur, comme dans un navigateur.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; type it as in a browser, e.g. https://opsmanager.example.com:8443.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur&#xa0;; saisissez-la comme dans un navigateur, par ex. https://opsmanager.example.com:8443.</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address, not %1://.</source>
        <translation>Utilisez une adresse http:// ou https://, pas %1://.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; the API key goes in its own fields.</source>
        <translation>Retirez le nom d&apos;utilisateur et le mot de passe de l&apos;adresse&#xa0;; la clé d&apos;API a ses propres champs.</translation>
    </message>
    <message>
        <source>This connection uses http:// to %1: requests, answers and the key&apos;s digest travel unencrypted. Use https:// unless the network path is trusted.</source>
        <translation>Cette connexion utilise http:// vers %1&#xa0;: requêtes, réponses et condensé (digest) de la clé circulent en clair. Utilisez https://, sauf si le chemin réseau est de confiance.</translation>
    </message>
    <message>
        <source>The server address is %1 characters long; check what was pasted (an address has at most 2,048).</source>
        <translation>L’adresse du serveur fait %1 caractères ; vérifiez ce qui a été collé (une adresse en a au plus 2 048).</translation>
    </message>
    <message>
        <source>The server address contains an invisible character (U+%1); type it again instead of pasting it.</source>
        <translation>L’adresse du serveur contient un caractère invisible (U+%1) ; tapez-la au lieu de la coller.</translation>
    </message>
    <message>
        <source>The web console page is %1 characters long; at most 2048.</source>
        <translation>La page de la console web fait %1 caractères ; 2048 au plus.</translation>
    </message>
    <message>
        <source>The web console page needs {orgId} where the organization&apos;s ID goes, as in %1.</source>
        <translation>La page de la console web doit contenir {orgId} à la place de l’ID de l’organisation, comme dans %1.</translation>
    </message>
    <message>
        <source>The web console page starts with {server}, https:// or http://.</source>
        <translation>La page de la console web commence par {server}, https:// ou http://.</translation>
    </message>
    <message>
        <source>The web console page is not an address: %1</source>
        <translation>La page de la console web n’est pas une adresse : %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>Something answered, but it is not the Ops Manager or Cloud Manager Public API (HTTP %1). Check the server address: it is the one you open in a browser.</source>
        <translation>Quelque chose a répondu, mais ce n&apos;est pas l&apos;API publique d&apos;Ops Manager ou de Cloud Manager (HTTP %1). Vérifiez l&apos;adresse du serveur&#xa0;: c&apos;est celle que vous ouvrez dans un navigateur.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1; the key sees %n organization(s).</source>
        <translation>
            <numerusform>Connecté à %1&#xa0;; la clé voit %n organisation.</numerusform>
            <numerusform>Connecté à %1&#xa0;; la clé voit %n organisations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 with a token of the service account; it sees %n organization(s).</source>
        <translation>
            <numerusform>Connecté à %1 avec un jeton du compte de service ; il voit %n organisation.</numerusform>
            <numerusform>Connecté à %1 avec un jeton du compte de service ; il voit %n organisations.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server answers the Atlas Administration API v2, not the Public API v1.0: the API is now set to Atlas; test again.</source>
        <translation>Ce serveur répond à l’Atlas Administration API v2, pas à la Public API v1.0 : l’API est maintenant réglée sur Atlas ; testez à nouveau.</translation>
    </message>
    <message>
        <source>This server answers the Public API v1.0 (Ops Manager or Cloud Manager), not the Atlas Administration API v2: the API is now set to it; test again.</source>
        <translation>Ce serveur répond à la Public API v1.0 (Ops Manager ou Cloud Manager), pas à l’Atlas Administration API v2 : l’API est maintenant réglée sur celle-ci ; testez à nouveau.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Demo server (offline)</source>
        <translation>Serveur de démonstration (hors ligne)</translation>
    </message>
    <message>
        <source>The local demo server could not start: %1</source>
        <translation>Le serveur de démonstration local n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation>Aucune connexion enregistrée ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The private key of “%1” is not in the system keyring.</source>
        <translation>La clé privée de «&#xa0;%1&#xa0;» n&apos;est pas dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Private key for “%1”</source>
        <translation>Clé privée pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1
Type the private key of %2 to connect, or cancel to review the cached data offline.</source>
        <translation>%1
Saisissez la clé privée de %2 pour vous connecter, ou annulez pour consulter les données en cache hors ligne.</translation>
    </message>
    <message>
        <source>No private key: “%1” is shown from the cache only.</source>
        <translation>Pas de clé privée&#xa0;: «&#xa0;%1&#xa0;» est affichée depuis le cache uniquement.</translation>
    </message>
    <message>
        <source>%1 — %2 (offline)</source>
        <translation>%1 — %2 (hors ligne)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its private key is removed from the system keyring. The data cached for offline review stays on this computer.</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;»&#xa0;? Sa clé privée est retirée du trousseau du système. Les données mises en cache pour la consultation hors ligne restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Demo server (local, made-up data)</source>
        <translation>Serveur de démonstration (local, données fictives)</translation>
    </message>
    <message>
        <source>Reading the private key from the system keyring…</source>
        <translation>Lecture de la clé privée dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The private key of “%1” (public key %2) is kept in memory for this session only, because the system keyring could not be used. It is forgotten when the console closes and asked for at the next start. To keep it, start a keyring (GNOME Keyring or KWallet) and save the connection again: Connection → Edit this connection.</source>
        <translation>La clé privée de « %1 » (clé publique %2) n’est gardée en mémoire que pour cette session, car le trousseau du système n’a pas pu être utilisé. Elle est oubliée à la fermeture et redemandée au prochain démarrage. Pour la garder, démarrez un trousseau (GNOME Keyring ou KWallet) et enregistrez de nouveau la connexion : Connexion → Modifier cette connexion.</translation>
    </message>
    <message>
        <source>Saved “%1”: connected with the new settings.</source>
        <translation>« %1 » enregistrée : connectée avec les nouveaux réglages.</translation>
    </message>
    <message>
        <source>The client secret of “%1” is not in the system keyring.</source>
        <translation>Le secret client de « %1 » n’est pas dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Client secret for “%1”</source>
        <translation>Secret client de « %1 »</translation>
    </message>
    <message>
        <source>%1
Type the client secret of service account %2 to connect, or cancel to review the cached data offline.</source>
        <translation>%1
Saisissez le secret client du compte de service %2 pour vous connecter, ou annulez pour consulter les données en cache hors ligne.</translation>
    </message>
    <message>
        <source>Atlas demo server (offline)</source>
        <translation>Serveur de démonstration Atlas (hors ligne)</translation>
    </message>
    <message>
        <source>Atlas demo server (local, made-up data)</source>
        <translation>Serveur de démonstration Atlas (local, données inventées)</translation>
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
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Instance Ops Manager</translation>
    </message>
    <message>
        <source>The whole Ops Manager instance: its global API keys and its global access list</source>
        <translation>Toute l’instance Ops Manager : ses clés d’API globales et sa liste d’accès globale</translation>
    </message>
</context>
<context>
    <name>ContextPicker</name>
    <message>
        <source>Find an organization or project</source>
        <translation>Organisation ou projet…</translation>
    </message>
    <message>
        <source>Organizations and projects</source>
        <translation>Organisations et projets</translation>
    </message>
    <message>
        <source>Pick the organization or project to work on</source>
        <translation>Choisissez l&apos;organisation ou le projet sur lequel travailler</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <source>I have copied the private key and stored it safely</source>
        <translation>J&apos;ai copié la clé privée et l&apos;ai rangée en lieu sûr</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>Créer une clé d&apos;API</translation>
    </message>
    <message>
        <source>Create API key for this project</source>
        <translation>Créer une clé d&apos;API pour ce projet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “CI deploys for billing-prod”</source>
        <translation>À quoi sert la clé, par ex. «&#xa0;Déploiements CI pour billing-prod&#xa0;»</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Organization roles:</source>
        <translation>Rôles d&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Project roles:</source>
        <translation>Rôles de projet&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the private key now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it can call the API with this key&apos;s roles.</source>
        <translation>&lt;b&gt;Copiez la clé privée maintenant.&lt;/b&gt; Le serveur ne l&apos;affiche que cette fois&#xa0;; elle ne pourra plus être affichée. Quiconque la possède peut appeler l&apos;API avec les rôles de cette clé.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Whitelist entries to add now (optional):</source>
        <translation>Entrées de liste blanche à ajouter maintenant (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 of 250 characters</source>
        <translation>%1 caractères sur 250</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>Copy the private key and tick the box first: it cannot be shown again.</source>
        <translation>Copiez d&apos;abord la clé privée et cochez la case&#xa0;: elle ne pourra plus être affichée.</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clé publique :</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation>Copier les &amp;deux</translation>
    </message>
    <message>
        <source>The public and the private key, one per line: a client needs both.</source>
        <translation>La clé publique et la clé privée, une par ligne : un client a besoin des deux.</translation>
    </message>
    <message>
        <source>Public key: %1
Private key: %2</source>
        <translation>Clé publique : %1
Clé privée : %2</translation>
    </message>
    <message>
        <source>Create global API key</source>
        <translation>Créer une clé d’API globale</translation>
    </message>
    <message>
        <source>Global roles:</source>
        <translation>Rôles globaux :</translation>
    </message>
    <message>
        <source>A global key has no access list of its own: the instance accepts it from the addresses on the global access list. Add its clients&apos; addresses there.</source>
        <translation>Une clé globale n’a pas de liste d’accès propre : l’instance l’accepte depuis les adresses de la liste d’accès globale. Ajoutez-y les adresses de ses clients.</translation>
    </message>
</context>
<context>
    <name>EditKeyDialog</name>
    <message>
        <source>Edit API key %1</source>
        <translation>Modifier la clé d&apos;API %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Organization roles (the list replaces the key&apos;s roles as a whole):</source>
        <translation>Rôles d&apos;organisation (la liste remplace l&apos;ensemble des rôles de la clé)&#xa0;:</translation>
    </message>
    <message>
        <source>No role will be removed.</source>
        <translation>Aucun rôle ne sera retiré.</translation>
    </message>
    <message>
        <source>These roles will be removed: %1</source>
        <translation>Ces rôles seront retirés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>This console is connected with this key: without Organization Owner it can no longer change API keys or the organization&apos;s setting, and cannot give the role back.</source>
        <translation>Cette console est connectée avec cette clé : sans Organization Owner, elle ne peut plus modifier les clés d’API ni le paramètre de l’organisation, ni rendre ce rôle.</translation>
    </message>
    <message>
        <source>This console is connected with this key: without Global Owner it can no longer change the global API keys or the global access list, and cannot give the role back.</source>
        <translation>Cette console est connectée avec cette clé : sans Global Owner, elle ne peut plus modifier les clés d’API globales ni la liste d’accès globale, et ne peut pas rendre le rôle.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Le nom compte %1 caractères ; %2 au plus sont permis.</translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <source>One address or CIDR block per line, e.g.
192.0.2.15
198.51.100.0/24
2001:db8::/48</source>
        <translation>Une adresse ou un bloc CIDR par ligne, par ex.
192.0.2.15
198.51.100.0/24
2001:db8::/48</translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation>Entrées de la liste blanche</translation>
    </message>
    <message>
        <source>Validation of the entries</source>
        <translation>Vérification des entrées</translation>
    </message>
    <message>
        <source>Add the address the server sees me from (%1)</source>
        <translation>Ajouter l&apos;adresse sous laquelle le serveur me voit (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) to add</source>
        <translation>
            <numerusform>%n entrée à ajouter</numerusform>
            <numerusform>%n entrées à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n à corriger</numerusform>
            <numerusform>%n à corriger</numerusform>
        </translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryBatch</name>
    <message>
        <source>%1 allows every address of its family.</source>
        <translation>%1 autorise toutes les adresses de sa famille.</translation>
    </message>
    <message>
        <source>Already covered by %1 on the whitelist.</source>
        <translation>Déjà couverte par %1 sur la liste blanche.</translation>
    </message>
    <message>
        <source>Already covered by %1 above.</source>
        <translation>Déjà couverte par %1 plus haut.</translation>
    </message>
    <message>
        <source>%1 is a very broad block (%2 addresses): hardly narrower than no whitelist.</source>
        <translation>%1 est un bloc très large (%2 adresses) : à peine plus étroit qu’aucune liste blanche.</translation>
    </message>
    <message>
        <source>%1 is a broad block (%2 addresses).</source>
        <translation>%1 est un bloc large (%2 adresses).</translation>
    </message>
    <message>
        <source>%1 is listed twice: added once.</source>
        <translation>%1 figure deux fois : ajoutée une seule fois.</translation>
    </message>
    <message>
        <source>%1 is already on the whitelist: skipped.</source>
        <translation>%1 est déjà dans la liste blanche : ignorée.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>API access report: %1</source>
        <translation>Rapport d&apos;accès à l&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organization `%1`, snapshot %2 taken %3.</source>
        <translation>Organisation `%1`, instantané %2 pris le %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API: %1</source>
        <translation>Exiger une liste blanche IP pour l&apos;API publique&#xa0;: %1</translation>
    </message>
    <message>
        <source>API keys: %1</source>
        <translation>Clés d&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Whitelist entries: %1</source>
        <translation>Entrées de liste blanche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Constats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Liste blanche</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation>Entrées de la liste blanche</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>Adresse ou CIDR</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation>Dernière utilisation depuis</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Organization %1, snapshot %2 taken %3.</source>
        <translation>Organisation %1, instantané %2 pris le %3.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Aucun événement.</translation>
    </message>
    <message>
        <source>The organization&apos;s events were not read.</source>
        <translation>Les événements de l’organisation n’ont pas été lus.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Service accounts: %1</source>
        <translation>Comptes de service : %1</translation>
    </message>
    <message>
        <source>%1 (%2 live, next expires %3)</source>
        <translation>%1 (%2 valides, le prochain expire le %3)</translation>
    </message>
    <message>
        <source>%1 (none live)</source>
        <translation>%1 (aucun valide)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Comptes de service</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>Liste d’accès</translation>
    </message>
    <message>
        <source>Ops Manager instance: global API keys and the global access list</source>
        <translation>Instance Ops Manager : clés d’API globales et liste d’accès globale</translation>
    </message>
    <message>
        <source>Global API keys: %1</source>
        <translation>Clés d’API globales : %1</translation>
    </message>
    <message>
        <source>Global access list entries: %1</source>
        <translation>Entrées de la liste d’accès globale : %1</translation>
    </message>
    <message>
        <source>Global access list: not readable (%1)</source>
        <translation>Liste d’accès globale : illisible (%1)</translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation>Liste d’accès globale</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <source>Empty.</source>
        <translation>Vide.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
</context>
<context>
    <name>FallbackSecretStore</name>
    <message>
        <source>The system keyring is not available (%1): the private key is kept for this session only and you will be asked for it next time.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1)&#xa0;: la clé privée est conservée pour cette session seulement et vous sera redemandée la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>%1 is an Organization Owner: it can change every key and the organization&apos;s settings.</source>
        <translation>%1 est Organization Owner&#xa0;: elle peut modifier toutes les clés et les paramètres de l&apos;organisation.</translation>
    </message>
    <message>
        <source>%1 is only an Organization Member and is assigned to no project: it can do very little.</source>
        <translation>%1 est seulement Organization Member et n&apos;est affectée à aucun projet&#xa0;: elle ne peut presque rien faire.</translation>
    </message>
    <message>
        <source>The whitelist of %1 could not be read: %2</source>
        <translation>La liste blanche de %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no whitelist; the organization requires one, so the key cannot be used at all.</source>
        <translation>%1 n&apos;a pas de liste blanche&#xa0;; l&apos;organisation en exige une, donc la clé est totalement inutilisable.</translation>
    </message>
    <message>
        <source>%1 has no whitelist: it can call the API from any address.</source>
        <translation>%1 n&apos;a pas de liste blanche&#xa0;: elle peut appeler l&apos;API depuis n&apos;importe quelle adresse.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has never been used from any of its %n whitelist entries.</source>
        <translation>
            <numerusform>%1 n&apos;a jamais été utilisée depuis son unique entrée de liste blanche (%n).</numerusform>
            <numerusform>%1 n&apos;a jamais été utilisée depuis aucune de ses %n entrées de liste blanche.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last used %2 days ago (more than %3).</source>
        <translation>%1 a été utilisée pour la dernière fois il y a %2 jours (plus de %3).</translation>
    </message>
    <message>
        <source>%1 on %2 has never been used.</source>
        <translation>%1 sur %2 n&apos;a jamais été utilisée.</translation>
    </message>
    <message>
        <source>%1 is listed twice on %2.</source>
        <translation>%1 figure deux fois sur %2.</translation>
    </message>
    <message>
        <source>%1 on %2 is already covered by %3.</source>
        <translation>%1 sur %2 est déjà couverte par %3.</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>%1 on %2 is a very broad block (%3 addresses).</source>
        <translation>%1 sur %2 est un bloc très large (%3 adresses).</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API was turned off on %1 by %2%3.</source>
        <translation>« Require IP Whitelist for Public API » a été désactivé le %1 par %2%3.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> depuis %1</translation>
    </message>
    <message>
        <source>%1 (%2) changed a whitelist from %3 on %4, an address outside every entry of its own whitelist (%5).</source>
        <translation>%1 (%2) a modifié une liste blanche depuis %3 le %4, une adresse hors de toutes les entrées de sa propre liste blanche (%5).</translation>
    </message>
    <message>
        <source>%1 (%2) was created on %3 by %4, who is no longer a user of the organization: find who owns it now.</source>
        <translation>%1 (%2) a été créée le %3 par %4, qui n’est plus utilisateur de l’organisation : trouvez qui en est responsable maintenant.</translation>
    </message>
    <message>
        <source>%1 on %2 is a broad block (%3 addresses).</source>
        <translation>%1 sur %2 est un bloc large (%3 adresses).</translation>
    </message>
    <message>
        <source>Service account %1 (%2)</source>
        <translation>Compte de service %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no secret: nothing can sign in with it.</source>
        <translation>%1 n’a aucun secret : rien ne peut s’y connecter.</translation>
    </message>
    <message>
        <source>%1 has no unexpired secret: nothing can sign in with it until a new secret is added.</source>
        <translation>%1 n’a aucun secret non expiré : rien ne peut s’y connecter avant l’ajout d’un nouveau secret.</translation>
    </message>
    <message>
        <source>The secret %1 of %2 expired on %3 and is still in place: delete it.</source>
        <translation>Le secret %1 de %2 a expiré le %3 et est toujours en place : supprimez-le.</translation>
    </message>
    <message numerus="yes">
        <source>The secret %1 of %2 expires on %3, in %n day(s): add a new secret and move its clients over.</source>
        <translation>
            <numerusform>Le secret %1 de %2 expire le %3, dans %n jour : ajoutez un nouveau secret et basculez ses clients.</numerusform>
            <numerusform>Le secret %1 de %2 expire le %3, dans %n jours : ajoutez un nouveau secret et basculez ses clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret %1 of %2 (created %3) has never been used.</source>
        <translation>Le secret %1 de %2 (créé le %3) n’a jamais été utilisé.</translation>
    </message>
    <message>
        <source>The access list of %1 could not be read: %2</source>
        <translation>La liste d’accès de %1 n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>%1 has no access list; the organization requires one, so its tokens work from no address.</source>
        <translation>%1 n’a pas de liste d’accès ; l’organisation en exige une, ses jetons ne fonctionnent donc depuis aucune adresse.</translation>
    </message>
    <message>
        <source>%1 has no access list: its tokens work from any address.</source>
        <translation>%1 n’a pas de liste d’accès : ses jetons fonctionnent depuis toute adresse.</translation>
    </message>
    <message>
        <source>%1 (%2) is a Global Owner: it can change every organization, every key and the global access list.</source>
        <translation>%1 (%2) est Global Owner : elle peut modifier chaque organisation, chaque clé et la liste d’accès globale.</translation>
    </message>
    <message>
        <source>the global access list</source>
        <translation>la liste d’accès globale</translation>
    </message>
    <message>
        <source>The global access list could not be read: %1</source>
        <translation>La liste d’accès globale n’a pas pu être lue : %1</translation>
    </message>
    <message numerus="yes">
        <source>The global access list is empty while %n global key(s) exist: either no address may use them or any may (Ops Manager&apos;s documentation does not say which).</source>
        <translation>
            <numerusform>La liste d’accès globale est vide alors qu’il existe %n clé globale : soit aucune adresse ne peut l’utiliser, soit toutes le peuvent (la documentation d’Ops Manager ne dit pas lequel).</numerusform>
            <numerusform>La liste d’accès globale est vide alors qu’il existe %n clés globales : soit aucune adresse ne peut les utiliser, soit toutes le peuvent (la documentation d’Ops Manager ne dit pas lequel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rotation of %1 (%2) started %n day(s) ago and is not finished: %3.</source>
        <translation>
            <numerusform>La rotation de %1 (%2) a commencé il y a %n jour et n’est pas terminée : %3.</numerusform>
            <numerusform>La rotation de %1 (%2) a commencé il y a %n jours et n’est pas terminée : %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>switch the clients to %1, then finish it</source>
        <translation>basculez les clients vers %1, puis terminez-la</translation>
    </message>
    <message>
        <source>resume it, or cancel it</source>
        <translation>reprenez-la ou annulez-la</translation>
    </message>
    <message numerus="yes">
        <source>%1 was created %2, %n day(s) ago: due for rotation (every %3 days). Rotate… makes a new key with the same roles, projects and entries.</source>
        <translation>
            <numerusform>%1 a été créée %2, il y a %n jour : rotation à faire (tous les %3 jours). Rotation de la clé… crée une nouvelle clé avec les mêmes rôles, projets et entrées.</numerusform>
            <numerusform>%1 a été créée %2, il y a %n jours : rotation à faire (tous les %3 jours). Rotation de la clé… crée une nouvelle clé avec les mêmes rôles, projets et entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last used from %2 (through %3), an address none of its entries holds: find out which client that is.</source>
        <translation>%1 a été utilisée pour la dernière fois depuis %2 (via %3), une adresse qu’aucune de ses entrées ne contient : trouvez quel client c’est.</translation>
    </message>
</context>
<context>
    <name>GlobalAccessEntry</name>
    <message>
        <source>Enter a description: the server requires one (say whose address it is and why it may call).</source>
        <translation>Saisissez une description : le serveur l’exige (à qui est l’adresse et pourquoi elle peut appeler).</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Older snapshot</source>
        <translation>Instantané le plus ancien</translation>
    </message>
    <message>
        <source>Newer snapshot</source>
        <translation>Instantané le plus récent</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>change made here</source>
        <translation>modification faite ici</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <source>Two syncs are needed to compare.</source>
        <translation>Deux synchronisations sont nécessaires pour comparer.</translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation>Projet %1 ajouté</translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation>Projet %1 supprimé</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>description: %1 → %2</source>
        <translation>description&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <source>assigned to project %1</source>
        <translation>affectée au projet %1</translation>
    </message>
    <message>
        <source>unassigned from project %1</source>
        <translation>retirée du projet %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) counted</source>
        <translation>
            <numerusform>%n requête comptée</numerusform>
            <numerusform>%n requêtes comptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) used for the first time</source>
        <translation>
            <numerusform>%n entrée utilisée pour la première fois</numerusform>
            <numerusform>%n entrées utilisées pour la première fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>Lecture des instantanés…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API: %1 → %2.</source>
        <translation>« Require IP Whitelist for Public API » : %1 → %2.</translation>
    </message>
    <message>
        <source>T&amp;imeline:</source>
        <translation>&amp;Chronologie :</translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation>Filtrer la chronologie</translation>
    </message>
    <message>
        <source>Filter by key, kind (created, entry, roles, project, whitelist) or person</source>
        <translation>Filtrer par clé, type (created, entry, roles, project, whitelist) ou personne</translation>
    </message>
    <message>
        <source>Timeline of server events and snapshots</source>
        <translation>Chronologie des événements du serveur et des instantanés</translation>
    </message>
    <message>
        <source>incremental sync</source>
        <translation>synchronisation incrémentale</translation>
    </message>
    <message>
        <source>Snapshot %1 stored (%2)</source>
        <translation>Instantané %1 enregistré (%2)</translation>
    </message>
    <message>
        <source>The organization&apos;s events could not be read: %1</source>
        <translation>Les événements de l’organisation n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Snapshot %1 is no longer kept: the cache keeps the most recent snapshots of each organization. Pick two that are listed.</source>
        <translation>L’instantané %1 n’est plus conservé : le cache garde les instantanés les plus récents de chaque organisation. Choisissez-en deux de la liste.</translation>
    </message>
    <message>
        <source>%1, unchanged until %2</source>
        <translation>%1, inchangé jusqu’au %2</translation>
    </message>
    <message>
        <source>no event since the one before</source>
        <translation>aucun événement depuis le précédent</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) created</source>
        <translation>
            <numerusform>%n clé créée</numerusform>
            <numerusform>%n clés créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deleted</source>
        <translation>
            <numerusform>%n clé supprimée</numerusform>
            <numerusform>%n clés supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>%n entrée ajoutée</numerusform>
            <numerusform>%n entrées ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) removed</source>
        <translation>
            <numerusform>%n entrée retirée</numerusform>
            <numerusform>%n entrées retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n autre modification</numerusform>
            <numerusform>%n autres modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>name: %1 → %2</source>
        <translation>nom : %1 → %2</translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>secret %1</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>compte de service %1</translation>
    </message>
    <message>
        <source>Global access list: %1 added</source>
        <translation>Liste d’accès globale : %1 ajoutée</translation>
    </message>
    <message>
        <source>Global access list: %1 removed</source>
        <translation>Liste d’accès globale : %1 retirée</translation>
    </message>
    <message>
        <source>Global access list: %1</source>
        <translation>Liste d’accès globale : %1</translation>
    </message>
</context>
<context>
    <name>InstancePage</name>
    <message>
        <source>What this connection may do</source>
        <translation>Ce que cette connexion peut faire</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clés d’API globales&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Create global key…</source>
        <translation>&amp;Créer une clé globale…</translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation>&amp;Modifier la clé…</translation>
    </message>
    <message>
        <source>Its description and global roles</source>
        <translation>Sa description et ses rôles globaux</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>&amp;Supprimer la clé…</translation>
    </message>
    <message>
        <source>Global API keys</source>
        <translation>Clés d’API globales</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Global roles</source>
        <translation>Rôles globaux</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global access list&lt;/b&gt; — the addresses from which the instance accepts calls made with a global key. Changes can take up to an hour to apply on the server.</source>
        <translation>&lt;b&gt;Liste d’accès globale&lt;/b&gt; — les adresses depuis lesquelles l’instance accepte les appels faits avec une clé globale. Une modification peut mettre jusqu’à une heure à s’appliquer sur le serveur.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address, or CIDR block (203.0.113.0/24)</source>
        <translation>Adresse IPv4 ou IPv6, ou bloc CIDR (203.0.113.0/24)</translation>
    </message>
    <message>
        <source>&amp;My current address</source>
        <translation>&amp;Mon adresse actuelle</translation>
    </message>
    <message>
        <source>The address this computer uses to reach the server (behind NAT or a proxy the server sees another one)</source>
        <translation>L’adresse que cet ordinateur utilise pour joindre le serveur (derrière un NAT ou un proxy, le serveur en voit une autre)</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption :</translation>
    </message>
    <message>
        <source>Entry description</source>
        <translation>Description de l’entrée</translation>
    </message>
    <message>
        <source>Whose address it is and why it may call (required)</source>
        <translation>À qui est l’adresse et pourquoi elle peut appeler (requis)</translation>
    </message>
    <message>
        <source>&amp;Save description</source>
        <translation>&amp;Enregistrer la description</translation>
    </message>
    <message>
        <source>Give the entry picked below this description</source>
        <translation>Donner cette description à l’entrée choisie ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Remove entry…</source>
        <translation>&amp;Retirer l’entrée…</translation>
    </message>
    <message>
        <source>Entry problem</source>
        <translation>Problème de l’entrée</translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation>Liste d’accès globale</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Nothing cached for the instance yet: sync it (F5).</source>
        <translation>Rien en cache pour l’instance : synchronisez-la (F5).</translation>
    </message>
    <message>
        <source>(this console)</source>
        <translation>(cette console)</translation>
    </message>
    <message>
        <source>Key ID %1</source>
        <translation>ID de clé %1</translation>
    </message>
    <message>
        <source>Masked: the server shows it only once</source>
        <translation>Masquée : le serveur ne la montre qu’une fois</translation>
    </message>
    <message>
        <source>Entry ID %1 (%2)</source>
        <translation>ID d’entrée %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Clés d’API globales&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt; — not readable: %1</source>
        <translation>&lt;b&gt;Clés d’API globales&lt;/b&gt; — illisibles : %1</translation>
    </message>
    <message>
        <source>The global access list could not be read: %1</source>
        <translation>La liste d’accès globale n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The global access list is empty: no address is allowed to call with a global key (Ops Manager&apos;s documentation does not say whether an empty list means none or any).</source>
        <translation>La liste d’accès globale est vide : aucune adresse ne peut appeler avec une clé globale (la documentation d’Ops Manager ne dit pas si une liste vide signifie aucune ou toutes).</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the instance as last synced. Changes are disabled.</source>
        <translation>Hors ligne : l’instance telle que synchronisée en dernier. Les modifications sont désactivées.</translation>
    </message>
    <message>
        <source>This connection holds Global Owner: it may change the global keys and the global access list.</source>
        <translation>Cette connexion a Global Owner : elle peut modifier les clés globales et la liste d’accès globale.</translation>
    </message>
    <message>
        <source>Read only: changing global keys and the global access list needs Global Owner; this connection holds %1.</source>
        <translation>Lecture seule : modifier les clés globales et la liste d’accès globale demande Global Owner ; cette connexion a %1.</translation>
    </message>
    <message>
        <source>no global role</source>
        <translation>aucun rôle global</translation>
    </message>
    <message>
        <source>Read only until the server says who this connection is.</source>
        <translation>Lecture seule tant que le serveur n’a pas dit qui est cette connexion.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <source>%1 is already on the global access list (%2).</source>
        <translation>%1 figure déjà sur la liste d’accès globale (%2).</translation>
    </message>
    <message>
        <source>%1 is a broad block: every global key could be used from any address in it.</source>
        <translation>%1 est un bloc large : chaque clé globale pourrait être utilisée depuis n’importe quelle adresse qu’il contient.</translation>
    </message>
    <message>
        <source>This computer (added from API Access Console)</source>
        <translation>Cet ordinateur (ajouté depuis API Access Console)</translation>
    </message>
    <message>
        <source>Could not find this computer&apos;s address: %1</source>
        <translation>Impossible de trouver l’adresse de cet ordinateur : %1</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>Created the global key %1 (%2). Add its clients&apos; addresses to the global access list below.</source>
        <translation>Clé globale %1 (%2) créée. Ajoutez les adresses de ses clients à la liste d’accès globale ci-dessous.</translation>
    </message>
    <message>
        <source>Edit global API key %1</source>
        <translation>Modifier la clé d’API globale %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>Delete the global API key %1? Every client using it is refused at once; this cannot be undone.</source>
        <translation>Supprimer la clé d’API globale %1 ? Chaque client qui l’utilise est refusé aussitôt ; c’est irréversible.</translation>
    </message>
    <message>
        <source>This console is connected with this key. Deleting it locks this console out at once: connect with another key to go on.</source>
        <translation>Cette console est connectée avec cette clé. La supprimer bloque aussitôt cette console : connectez-vous avec une autre clé pour continuer.</translation>
    </message>
    <message>
        <source>Delete global key?</source>
        <translation>Supprimer la clé globale ?</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>Supprimer et verrouiller cette console</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>Non supprimée. %1</translation>
    </message>
    <message>
        <source>%1 was not added. %2</source>
        <translation>%1 n’a pas été ajoutée. %2</translation>
    </message>
    <message>
        <source>Added %1 to the global access list. The server may take up to an hour to apply it.</source>
        <translation>%1 ajoutée à la liste d’accès globale. Le serveur peut mettre jusqu’à une heure à l’appliquer.</translation>
    </message>
    <message>
        <source>Saved the description of %1.</source>
        <translation>Description de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Non enregistré. %1</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the global access list? Global keys are then refused from there.</source>
        <translation>Retirer %1 (%2) de la liste d’accès globale ? Les clés globales seront alors refusées depuis là.</translation>
    </message>
    <message>
        <source>This console calls with a global key from %1, and no other entry covers it: once the server applies the change, it refuses this console.</source>
        <translation>Cette console appelle avec une clé globale depuis %1 et aucune autre entrée ne la couvre : dès que le serveur applique la modification, il refuse cette console.</translation>
    </message>
    <message>
        <source>This console calls with a global key; use “My current address” first to have it check that this entry is not the one letting it in.</source>
        <translation>Cette console appelle avec une clé globale ; utilisez d’abord « Mon adresse actuelle » pour vérifier que ce n’est pas cette entrée qui la laisse entrer.</translation>
    </message>
    <message>
        <source>It is the last entry: no address will be on the global access list.</source>
        <translation>C’est la dernière entrée : plus aucune adresse ne figurera sur la liste d’accès globale.</translation>
    </message>
    <message>
        <source>Remove global access list entry?</source>
        <translation>Retirer l’entrée de la liste d’accès globale ?</translation>
    </message>
    <message>
        <source>Remove and lock this console out</source>
        <translation>Retirer et bloquer cette console</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Retirer l’entrée</translation>
    </message>
    <message>
        <source>Removed %1 from the global access list.</source>
        <translation>%1 retirée de la liste d’accès globale.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <translation>Non retiré. %1</translation>
    </message>
    <message>
        <source>Add e&amp;ntry</source>
        <translation>Ajouter l’e&amp;ntrée</translation>
    </message>
</context>
<context>
    <name>IpBlock</name>
    <message>
        <source>“%1” is a hexadecimal number; write each part of an IPv4 address as a decimal number from 0 to 255.</source>
        <translation>«&#xa0;%1&#xa0;» est un nombre hexadécimal&#xa0;; écrivez chaque partie d&apos;une adresse IPv4 comme un nombre décimal de 0 à 255.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IPv4 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé dans une adresse IPv4.</translation>
    </message>
    <message>
        <source>“%1” is a single number, not an address; write four parts such as 192.0.2.1.</source>
        <translation>«&#xa0;%1&#xa0;» est un nombre seul, pas une adresse&#xa0;; écrivez quatre parties, comme 192.0.2.1.</translation>
    </message>
    <message>
        <source>An IPv4 address has an empty part between dots.</source>
        <translation>Une adresse IPv4 a une partie vide entre deux points.</translation>
    </message>
    <message>
        <source>An IPv4 address has four parts separated by dots; this one has %1.</source>
        <translation>Une adresse IPv4 a quatre parties séparées par des points&#xa0;; celle-ci en a %1.</translation>
    </message>
    <message>
        <source>“%1” has a leading zero, which some tools read as octal; write %2.</source>
        <translation>«&#xa0;%1&#xa0;» a un zéro initial, que certains outils lisent en octal&#xa0;; écrivez %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 255, the largest value of each part of an IPv4 address.</source>
        <translation>%1 dépasse 255, la plus grande valeur de chaque partie d&apos;une adresse IPv4.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé dans une adresse IPv6.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <source>Enter an IP address or a CIDR block.</source>
        <translation>Saisissez une adresse IP ou un bloc CIDR.</translation>
    </message>
    <message>
        <source>Remove the space inside the address.</source>
        <translation>Supprimez l&apos;espace dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>“%1” is not one of the digits 0–9; type the address with plain digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chiffre de 0 à 9&#xa0;; saisissez l&apos;adresse avec des chiffres simples.</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé dans une adresse IP.</translation>
    </message>
    <message>
        <source>Use at most one “/” (address/prefix length).</source>
        <translation>Utilisez au plus une «&#xa0;/&#xa0;» (adresse/longueur de préfixe).</translation>
    </message>
    <message>
        <source>The address before “/” is missing.</source>
        <translation>L&apos;adresse avant «&#xa0;/&#xa0;» manque.</translation>
    </message>
    <message>
        <source>Remove the “%1” sign before the address.</source>
        <translation>Supprimez le signe «&#xa0;%1&#xa0;» devant l&apos;adresse.</translation>
    </message>
    <message>
        <source>Zone IDs such as “%1” are not allowed; remove the part from “%”.</source>
        <translation>Les identifiants de zone comme «&#xa0;%1&#xa0;» ne sont pas autorisés&#xa0;; supprimez la partie à partir de «&#xa0;%&#xa0;».</translation>
    </message>
    <message>
        <source>The prefix length after “/” is missing.</source>
        <translation>La longueur de préfixe après «&#xa0;/&#xa0;» manque.</translation>
    </message>
    <message>
        <source>Remove the “%1” sign from the prefix length.</source>
        <translation>Supprimez le signe «&#xa0;%1&#xa0;» de la longueur de préfixe.</translation>
    </message>
    <message>
        <source>The prefix length after “/” must be a whole number from 0 to %1.</source>
        <translation>La longueur de préfixe après «&#xa0;/&#xa0;» doit être un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <source>Write the prefix length without a leading zero (/%1).</source>
        <translation>Écrivez la longueur de préfixe sans zéro initial (/%1).</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv4: the prefix length is 0 to 32.</source>
        <translation>/%1 est trop long pour IPv4&#xa0;: la longueur de préfixe va de 0 à 32.</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv6: the prefix length is 0 to 128.</source>
        <translation>/%1 est trop long pour IPv6&#xa0;: la longueur de préfixe va de 0 à 128.</translation>
    </message>
    <message>
        <source>%1/%2 has host bits set; the block starts at %3. Did you mean %3?</source>
        <translation>%1/%2 a des bits d&apos;hôte à 1&#xa0;; le bloc commence à %3. Vouliez-vous dire %3&#xa0;?</translation>
    </message>
    <message>
        <source>This is %1 characters long; an IP address or CIDR block has at most 49. Check what was pasted.</source>
        <translation>Cela fait %1 caractères ; une adresse IP ou un bloc CIDR en a au plus 49. Vérifiez ce qui a été collé.</translation>
    </message>
    <message>
        <source>The address contains an invisible character (U+%1); type it again instead of pasting it.</source>
        <translation>L’adresse contient un caractère invisible (U+%1) ; tapez-la au lieu de la coller.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: a role has exactly one of orgId and groupId</source>
        <translation>%1&#xa0;: un rôle a exactement un champ parmi orgId et groupId</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1&#xa0;: objet attendu, %2 trouvé</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1&#xa0;: champ obligatoire manquant</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1&#xa0;: %2 attendu, %3 trouvé</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO-8601 date</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date ISO-8601</translation>
    </message>
    <message>
        <source>%1: roles must be strings</source>
        <translation>%1 : les rôles doivent être des chaînes</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Key %1 is not in the organization as last synced: sync, then try again.</source>
        <translation>La clé %1 n’est pas dans l’organisation telle que synchronisée en dernier : synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>The access list of key %1 could not be read, so it cannot be copied: sync with an Organization Owner key first.</source>
        <translation>La liste d’accès de la clé %1 n’a pas pu être lue, elle ne peut donc pas être copiée : synchronisez d’abord avec une clé Organization Owner.</translation>
    </message>
    <message>
        <source>Key %1 is already being rotated: resume or cancel that rotation.</source>
        <translation>La clé %1 est déjà en rotation : reprenez ou annulez cette rotation.</translation>
    </message>
    <message>
        <source>The new key needs at least one organization role.</source>
        <translation>La nouvelle clé a besoin d’au moins un rôle d’organisation.</translation>
    </message>
    <message>
        <source>Creating the new key failed: %1 If the server made it anyway, resuming finds and removes it before creating another.</source>
        <translation>La création de la nouvelle clé a échoué : %1 Si le serveur l’a créée malgré tout, la reprise la trouve et la supprime avant d’en créer une autre.</translation>
    </message>
    <message>
        <source>Reading the new key %1 back failed: %2</source>
        <translation>La relecture de la nouvelle clé %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Reading the access list of the new key %1 failed: %2</source>
        <translation>La lecture de la liste d’accès de la nouvelle clé %1 a échoué : %2</translation>
    </message>
    <message>
        <source>setting its organization roles</source>
        <translation>la définition de ses rôles d’organisation</translation>
    </message>
    <message>
        <source>adding it to project %1</source>
        <translation>son ajout au projet %1</translation>
    </message>
    <message numerus="yes">
        <source>adding %n access-list entry(s)</source>
        <translation>
            <numerusform>l’ajout de %n entrée de liste d’accès</numerusform>
            <numerusform>l’ajout de %n entrées de liste d’accès</numerusform>
        </translation>
    </message>
    <message>
        <source>The new key %1 exists, but %2 failed: %3 Resume to copy what it still lacks (nothing is copied twice).</source>
        <translation>La nouvelle clé %1 existe, mais %2 a échoué : %3 Reprenez pour copier ce qui lui manque encore (rien n’est copié deux fois).</translation>
    </message>
    <message>
        <source>The new key %1 differs from the plan: %2. Resume to copy what it lacks.</source>
        <translation>La nouvelle clé %1 diffère du plan : %2. Reprenez pour copier ce qui lui manque.</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s keys failed: %1</source>
        <translation>La liste des clés de l’organisation a échoué : %1</translation>
    </message>
    <message>
        <source>removing key %1, created by a request whose answer was lost</source>
        <translation>la suppression de la clé %1, créée par une requête dont la réponse s’est perdue</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>No rotation of key %1 is in progress.</source>
        <translation>Aucune rotation de la clé %1 n’est en cours.</translation>
    </message>
    <message>
        <source>The new key does not equal the plan yet (%1): resume the rotation first.</source>
        <translation>La nouvelle clé ne correspond pas encore au plan (%1) : reprenez d’abord la rotation.</translation>
    </message>
    <message>
        <source>This console signs in with the old key %1: deleting it would lock the console out. Connect with the new key %2 first, then finish.</source>
        <translation>Cette console se connecte avec l’ancienne clé %1 : la supprimer bloquerait la console. Connectez-vous d’abord avec la nouvelle clé %2, puis terminez.</translation>
    </message>
    <message>
        <source>Deleting the old key %1 failed: %2 Both keys exist; finish again.</source>
        <translation>La suppression de l’ancienne clé %1 a échoué : %2 Les deux clés existent ; terminez à nouveau.</translation>
    </message>
    <message>
        <source>This console signs in with the new key %1: deleting it would lock the console out. Connect with another key first, then cancel.</source>
        <translation>Cette console se connecte avec la nouvelle clé %1 : la supprimer bloquerait la console. Connectez-vous d’abord avec une autre clé, puis annulez.</translation>
    </message>
    <message>
        <source>Deleting the new key %1 failed: %2 Cancel again.</source>
        <translation>La suppression de la nouvelle clé %1 a échoué : %2 Annulez à nouveau.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keyring</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1).</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1).</translation>
    </message>
    <message>
        <source>The system keyring refused: %1</source>
        <translation>Le trousseau du système a refusé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LockoutCheck</name>
    <message>
        <source>The key this console uses has an entry covering %1, the address the server last saw it call from.</source>
        <translation>La clé de cette console a une entrée couvrant %1, l&apos;adresse depuis laquelle le serveur l&apos;a vue appeler en dernier.</translation>
    </message>
    <message>
        <source>The key this console uses has no entry covering %1, the address the server last saw it call from: after the change this console would be refused. Add %1 to its whitelist first.</source>
        <translation>La clé de cette console n&apos;a aucune entrée couvrant %1, l&apos;adresse depuis laquelle le serveur l&apos;a vue appeler en dernier&#xa0;: après la modification, cette console serait refusée. Ajoutez d&apos;abord %1 à sa liste blanche.</translation>
    </message>
    <message>
        <source>The key this console uses has no whitelist: after the change this console could not call the API any more, not even to undo it. Add your address to its whitelist first.</source>
        <translation>La clé de cette console n&apos;a pas de liste blanche&#xa0;: après la modification, cette console ne pourrait plus appeler l&apos;API, même pas pour annuler. Ajoutez d&apos;abord votre adresse à sa liste blanche.</translation>
    </message>
    <message>
        <source>The server has not yet said which address it sees this console calling from, so it is not known whether the console&apos;s key stays usable.</source>
        <translation>Le serveur n&apos;a pas encore indiqué sous quelle adresse il voit cette console&#xa0;; on ne sait donc pas si la clé de la console restera utilisable.</translation>
    </message>
    <message>
        <source>The key this console uses is not one of this organization&apos;s API keys; check its whitelist separately.</source>
        <translation>La clé de cette console ne fait pas partie des clés d&apos;API de cette organisation&#xa0;; vérifiez sa liste blanche séparément.</translation>
    </message>
    <message>
        <source>The service account this console signs in as has an access-list entry covering %1, the address the server last saw it call from.</source>
        <translation>Le compte de service avec lequel cette console se connecte a une entrée de liste d’accès couvrant %1, l’adresse d’où le serveur l’a vu appeler en dernier.</translation>
    </message>
    <message>
        <source>The service account this console signs in as has no access-list entry covering %1, the address the server last saw it call from: after the change its tokens would be refused here. Add %1 to its access list first.</source>
        <translation>Le compte de service avec lequel cette console se connecte n’a aucune entrée de liste d’accès couvrant %1, l’adresse d’où le serveur l’a vu appeler en dernier : après le changement, ses jetons seraient refusés ici. Ajoutez d’abord %1 à sa liste d’accès.</translation>
    </message>
    <message>
        <source>The service account this console signs in as has no access list: after the change this console could not call the API any more, not even to undo it. Add your address to its access list first.</source>
        <translation>Le compte de service avec lequel cette console se connecte n’a pas de liste d’accès : après le changement, cette console ne pourrait plus appeler l’API, pas même pour annuler. Ajoutez d’abord votre adresse à sa liste d’accès.</translation>
    </message>
    <message>
        <source>The server has not yet said which address it sees this console calling from, so it is not known whether the service account&apos;s tokens stay usable.</source>
        <translation>Le serveur n’a pas encore indiqué depuis quelle adresse il voit cette console appeler : on ne sait donc pas si les jetons du compte de service restent utilisables.</translation>
    </message>
</context>
<context>
    <name>LockoutDialog</name>
    <message>
        <source>Require a whitelist for %1?</source>
        <translation>Exiger une liste blanche pour %1&#xa0;?</translation>
    </message>
    <message>
        <source>Once this is on, every API key of %1 needs at least one whitelist entry, and every call must come from a listed address.</source>
        <translation>Une fois activé, chaque clé d&apos;API de %1 doit avoir au moins une entrée de liste blanche, et chaque appel doit venir d&apos;une adresse listée.</translation>
    </message>
    <message>
        <source>Warning: this console would lock itself out.</source>
        <translation>Attention&#xa0;: cette console se bloquerait elle-même.</translation>
    </message>
    <message>
        <source>This console:</source>
        <translation>Cette console&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have no whitelist and will lose all API access:</source>
        <translation>
            <numerusform>%n clé n&apos;a pas de liste blanche et perdra tout accès à l&apos;API&#xa0;:</numerusform>
            <numerusform>%n clés n&apos;ont pas de liste blanche et perdront tout accès à l&apos;API&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation>
            <numerusform>%n clé a des entrées dont aucune n&apos;a jamais servi&#xa0;; elle appelle peut-être depuis ailleurs&#xa0;:</numerusform>
            <numerusform>%n clés ont des entrées dont aucune n&apos;a jamais servi&#xa0;; elles appellent peut-être depuis ailleurs&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have a whitelist this console may not read, so they could not be checked:</source>
        <translation>
            <numerusform>%n clé a une liste blanche que cette console ne peut pas lire&#xa0;; elle n&apos;a pas pu être vérifiée&#xa0;:</numerusform>
            <numerusform>%n clés ont une liste blanche que cette console ne peut pas lire&#xa0;; elles n&apos;ont pas pu être vérifiées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every key has a whitelist that has been used.</source>
        <translation>Chaque clé a une liste blanche qui a déjà servi.</translation>
    </message>
    <message>
        <source>Lock-out check</source>
        <translation>Vérification anti-blocage</translation>
    </message>
    <message>
        <source>I have read this and want to require a whitelist</source>
        <translation>J&apos;ai lu ceci et je veux exiger une liste blanche</translation>
    </message>
    <message>
        <source>Require whitelist</source>
        <translation>Exiger la liste blanche</translation>
    </message>
    <message>
        <source>Open the web console</source>
        <translation>Ouvrir la console web</translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have no access list: their tokens will stop working:</source>
        <translation>
            <numerusform>%n compte de service n’a pas de liste d’accès : ses jetons cesseront de fonctionner :</numerusform>
            <numerusform>%n comptes de service n’ont pas de liste d’accès : leurs jetons cesseront de fonctionner :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have access-list entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation>
            <numerusform>%n compte de service a des entrées de liste d’accès dont aucune n’a jamais servi ; il appelle peut-être d’ailleurs :</numerusform>
            <numerusform>%n comptes de service ont des entrées de liste d’accès dont aucune n’a jamais servi ; ils appellent peut-être d’ailleurs :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have an access list this console may not read, so they could not be checked:</source>
        <translation>
            <numerusform>%n compte de service a une liste d’accès que cette console ne peut pas lire, il n’a donc pas pu être vérifié :</numerusform>
            <numerusform>%n comptes de service ont une liste d’accès que cette console ne peut pas lire, ils n’ont donc pas pu être vérifiés :</numerusform>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>API key in use</source>
        <translation>Clé d&apos;API utilisée</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>The server this window talks to: the built-in demo or a saved connection</source>
        <translation>Le serveur avec lequel cette fenêtre communique&#xa0;: la démonstration intégrée ou une connexion enregistrée</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>&amp;Edit this connection…</source>
        <translation>&amp;Modifier cette connexion…</translation>
    </message>
    <message>
        <source>&amp;Remove this connection…</source>
        <translation>&amp;Supprimer cette connexion…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>&amp;Clés d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Address check</source>
        <translation>Vérification d&apos;&amp;adresse</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>My &amp;whitelist (personal API key)…</source>
        <translation>Ma &amp;liste blanche (clé d&apos;API personnelle)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export organization</source>
        <translation>Exporter l&apos;organisation</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Rapport PDF (*.pdf);;Rapport HTML (*.html);;Rapport Markdown (*.md);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <source>Key: %1 (%2)</source>
        <translation>Clé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>La langue change au prochain démarrage.</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Serveur de démonstration</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Working offline — showing the data as last synced (%1). Nothing is sent to the server and changes are disabled; switch to the connection again to go online.</source>
        <translation>Travail hors ligne — données telles que lors de la dernière synchronisation (%1). Rien n&apos;est envoyé au serveur et les modifications sont désactivées&#xa0;; choisissez de nouveau la connexion pour repasser en ligne.</translation>
    </message>
    <message>
        <source>Offline — showing the data as last synced (%1). Changes are disabled until the server answers again; the console keeps trying.</source>
        <translation>Hors ligne — données telles que lors de la dernière synchronisation (%1). Les modifications sont désactivées jusqu&apos;à ce que le serveur réponde de nouveau&#xa0;; la console continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Rien n&apos;est encore en cache pour cette organisation&#xa0;: synchronisez-la (F5).</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html, .md, .json or .csv.</source>
        <translation>Choisissez un fichier se terminant par .pdf, .html, .md, .json ou .csv.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Read every whitelist &amp;every</source>
        <translation>Relire toutes les listes blanches &amp;tous les</translation>
    </message>
    <message>
        <source>Sync &amp;Everything</source>
        <translation>Tout s&amp;ynchroniser</translation>
    </message>
    <message>
        <source>Read every key&apos;s whitelist, not only those the organization&apos;s events name</source>
        <translation>Lire la liste blanche de chaque clé, pas seulement celles que nomment les événements</translation>
    </message>
    <message>
        <source>&amp;Hour</source>
        <translation>&amp;heure</translation>
    </message>
    <message>
        <source>&amp;6 hours</source>
        <translation>&amp;6 heures</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;jour</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;semaine</translation>
    </message>
    <message>
        <source>&amp;Never (only when asked)</source>
        <translation>&amp;jamais (seulement sur demande)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>S&amp;ervice accounts</source>
        <translation>Comptes de s&amp;ervice</translation>
    </message>
    <message>
        <source>&amp;Global keys</source>
        <translation>Clés &amp;globales</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Instance Ops Manager</translation>
    </message>
    <message>
        <source>Demo server (Atlas)</source>
        <translation>Serveur de démonstration (Atlas)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>Someone changed this note meanwhile; theirs is shown: “%1”. Yours was not saved: “%2” — edit the note again to replace theirs.</source>
        <translation>Quelqu’un a modifié cette note entre-temps ; la sienne est affichée : « %1 ». La vôtre n’a pas été enregistrée : « %2 » — modifiez à nouveau la note pour remplacer la sienne.</translation>
    </message>
    <message>
        <source>Updated from the team store (written by %1).</source>
        <translation>Mis à jour depuis le stockage d’équipe (écrit par %1).</translation>
    </message>
    <message>
        <source>Last synced: %1 by %2</source>
        <translation>Dernière synchronisation : %1 par %2</translation>
    </message>
    <message>
        <source>Review only — %1 Nothing is synced or changed from this console; the data is as the store holds it (%2).</source>
        <translation>Consultation seule — %1 Rien n’est synchronisé ni modifié depuis cette console ; les données sont celles du stockage (%2).</translation>
    </message>
    <message>
        <source>The team store answers again; everything kept meanwhile is written.</source>
        <translation>Le stockage d’équipe répond à nouveau ; tout ce qui a été gardé entre-temps est écrit.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>this session only (the key is forgotten when the console closes)</source>
        <translation>cette session seulement (la clé est oubliée à la fermeture de la console)</translation>
    </message>
</context>
<context>
    <name>NewSecretDialog</name>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expire après :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The new secret expires after this many days</source>
        <translation>Le nouveau secret expire après ce nombre de jours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>Ajouter le secret</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the secret now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it and the client ID can call the API with this account&apos;s roles.</source>
        <translation>&lt;b&gt;Copiez le secret maintenant.&lt;/b&gt; Le serveur ne l’affiche que cette fois ; il ne peut plus être affiché. Quiconque l’a avec l’ID client peut appeler l’API avec les rôles de ce compte.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>I have copied the secret and stored it safely</source>
        <translation>J’ai copié le secret et l’ai conservé en lieu sûr</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>New secret for %1</source>
        <translation>Nouveau secret pour %1</translation>
    </message>
    <message>
        <source>A new secret for &lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;). Clients then sign in with the client ID and this secret.</source>
        <translation>Un nouveau secret pour &lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;). Les clients se connectent ensuite avec l’ID client et ce secret.</translation>
    </message>
    <message>
        <source>⚠ The secret %1 now expires on %2. Adding this one cuts it to seven days: it will expire on &lt;b&gt;%3&lt;/b&gt;. Move its clients to the new secret before then.</source>
        <translation>⚠ Le secret %1 expire actuellement le %2. Ajouter celui-ci le réduit à sept jours : il expirera le &lt;b&gt;%3&lt;/b&gt;. Basculez ses clients sur le nouveau secret avant cette date.</translation>
    </message>
    <message>
        <source>The secret %1 keeps its expiry, %2 (less than seven days away).</source>
        <translation>Le secret %1 garde son expiration, %2 (dans moins de sept jours).</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Copiée</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Il expire le %1.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What signs in with it, e.g. “ci-deployer”</source>
        <translation>Ce qui s’y connecte, p. ex. « ci-deployer »</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rôles :</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>Rôles d&apos;organisation</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>New service account</source>
        <translation>Nouveau compte de service</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>A service account signs in with its client ID and a secret (OAuth client credentials) instead of a key pair. Its secrets expire; it has its own access list.</source>
        <translation>Un compte de service se connecte avec son ID client et un secret (identifiants client OAuth) au lieu d’une paire de clés. Ses secrets expirent ; il a sa propre liste d’accès.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Le nom compte %1 caractères ; %2 au plus sont permis.</translation>
    </message>
    <message>
        <source>Say what the account is for: the server requires a description.</source>
        <translation>Dites à quoi sert le compte : le serveur exige une description.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation>La description compte %1 caractères ; %2 au plus sont permis.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
</context>
<context>
    <name>OrgSettings</name>
    <message>
        <source>The setting has not been read from the server yet.</source>
        <translation>Le paramètre n&apos;a pas encore été lu sur le serveur.</translation>
    </message>
    <message>
        <source>The API key in use may not read the organization&apos;s settings.</source>
        <translation>La clé d&apos;API utilisée ne peut pas lire les paramètres de l&apos;organisation.</translation>
    </message>
    <message>
        <source>The server accepted the change without saying the new value; the next sync reads it.</source>
        <translation>Le serveur a accepté la modification sans indiquer la nouvelle valeur ; la prochaine synchronisation la lira.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>On — the server refused a request with ORG_REQUIRES_ACCESS_LIST, which it does only while the requirement is on.</source>
        <translation>Activé — le serveur a refusé une requête avec ORG_REQUIRES_ACCESS_LIST, ce qu’il ne fait que si l’exigence est activée.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>On since %1, turned on by %2 — from the organization&apos;s events.</source>
        <translation>Activé depuis le %1, activé par %2 — d’après les événements de l’organisation.</translation>
    </message>
    <message>
        <source>Off since %1, turned off by %2 — from the organization&apos;s events.</source>
        <translation>Désactivé depuis le %1, désactivé par %2 — d’après les événements de l’organisation.</translation>
    </message>
    <message>
        <source>This server does not expose the setting through its API, and the organization&apos;s events name no change of it; see the organization&apos;s settings page in the web console.</source>
        <translation>Ce serveur n’expose pas ce paramètre dans son API et les événements de l’organisation n’en nomment aucun changement ; voir la page des paramètres de l’organisation dans la console web.</translation>
    </message>
</context>
<context>
    <name>OrgSettingsPage</name>
    <message>
        <source>Require IP Whitelist for Public API</source>
        <translation>Exiger une liste blanche IP pour l&apos;API publique</translation>
    </message>
    <message>
        <source>Open in web console</source>
        <translation>Ouvrir dans la console web</translation>
    </message>
    <message>
        <source>Whether every API key of this organization must have a whitelist</source>
        <translation>Si chaque clé d&apos;API de cette organisation doit avoir une liste blanche</translation>
    </message>
    <message>
        <source>When this is on, an API key can do nothing until it has at least one whitelist entry, and every call must come from a listed address. When it is off, a key with an empty whitelist may call every endpoint except those that explicitly require a whitelist; a key with entries may still only call from them.</source>
        <translation>Lorsque ce paramètre est activé, une clé d&apos;API ne peut rien faire tant qu&apos;elle n&apos;a pas au moins une entrée de liste blanche, et chaque appel doit venir d&apos;une adresse listée. Lorsqu&apos;il est désactivé, une clé dont la liste blanche est vide peut appeler tous les points d&apos;accès sauf ceux qui exigent explicitement une liste blanche&#xa0;; une clé avec des entrées ne peut toujours appeler que depuis celles-ci.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>On: every API key of this organization needs a whitelist.</source>
        <translation>Activé&#xa0;: chaque clé d&apos;API de cette organisation doit avoir une liste blanche.</translation>
    </message>
    <message>
        <source>Off: keys without a whitelist may call from any address.</source>
        <translation>Désactivé&#xa0;: les clés sans liste blanche peuvent appeler depuis n&apos;importe quelle adresse.</translation>
    </message>
    <message>
        <source>Unknown. %1</source>
        <translation>Inconnu. %1</translation>
    </message>
    <message>
        <source>Offline: the setting can be changed when the server is reachable again.</source>
        <translation>Hors ligne&#xa0;: le paramètre pourra être modifié quand le serveur sera de nouveau joignable.</translation>
    </message>
    <message>
        <source>Checking which key this console uses…</source>
        <translation>Vérification de la clé utilisée par cette console…</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change this setting; the key in use is not one.</source>
        <translation>Seule une clé Organization Owner peut modifier ce paramètre&#xa0;; la clé utilisée n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>Stop requiring a whitelist?</source>
        <translation>Ne plus exiger de liste blanche&#xa0;?</translation>
    </message>
    <message>
        <source>API keys of %1 with an empty whitelist will be able to call the API from any address again. Keys that have entries still only work from them.</source>
        <translation>Les clés d&apos;API de %1 dont la liste blanche est vide pourront de nouveau appeler l&apos;API depuis n&apos;importe quelle adresse. Les clés qui ont des entrées ne fonctionnent toujours que depuis celles-ci.</translation>
    </message>
    <message>
        <source>Stop requiring</source>
        <translation>Ne plus exiger</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not changed. %1</source>
        <translation>Non modifié. %1</translation>
    </message>
    <message>
        <source>Done: the server now requires a whitelist for every API key.</source>
        <translation>Terminé&#xa0;: le serveur exige désormais une liste blanche pour chaque clé d&apos;API.</translation>
    </message>
    <message>
        <source>Done: the server no longer requires a whitelist.</source>
        <translation>Terminé&#xa0;: le serveur n&apos;exige plus de liste blanche.</translation>
    </message>
    <message>
        <source>The server accepted the change but still reports the old value.</source>
        <translation>Le serveur a accepté la modification mais indique encore l&apos;ancienne valeur.</translation>
    </message>
    <message>
        <source>Pick an organization on the left to see its settings.</source>
        <translation>Choisissez une organisation à gauche pour voir ses paramètres.</translation>
    </message>
    <message>
        <source>The setting can only be changed in the web console; after the change there, sync (F5) to read the new value from the organization&apos;s events.</source>
        <translation>Ce paramètre ne peut être modifié que dans la console web ; ensuite, synchronisez (F5) pour lire la nouvelle valeur dans les événements de l’organisation.</translation>
    </message>
    <message>
        <source>Opened the organization&apos;s settings page in the web console. After the change there, sync (F5): the change is read from the organization&apos;s events.</source>
        <translation>La page des paramètres de l’organisation a été ouverte dans la console web. Après la modification, synchronisez (F5) : le changement est lu dans les événements de l’organisation.</translation>
    </message>
    <message>
        <source>No browser could be opened. The settings page is at %1</source>
        <translation>Aucun navigateur n’a pu être ouvert. La page des paramètres est à l’adresse %1</translation>
    </message>
    <message>
        <source>The organization&apos;s other security settings</source>
        <translation>Les autres réglages de sécurité de l’organisation</translation>
    </message>
    <message>
        <source>Require IP Access List for the Atlas Administration API</source>
        <translation>Exiger une liste d’accès IP pour l’Atlas Administration API</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Multi-factor authentication required: %1</source>
        <translation>Authentification multifacteur exigée : %1</translation>
    </message>
    <message>
        <source>MongoDB employee access restricted: %1</source>
        <translation>Accès des employés de MongoDB restreint : %1</translation>
    </message>
    <message numerus="yes">
        <source>Longest life of a new service-account secret: %n hour(s)</source>
        <translation>
            <numerusform>Durée de vie maximale d’un nouveau secret de compte de service : %n heure</numerusform>
            <numerusform>Durée de vie maximale d’un nouveau secret de compte de service : %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s))</source>
        <translation>
            <numerusform> (%n jour)</numerusform>
            <numerusform> (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Other security settings of the organization (read-only here):</source>
        <translation>Autres réglages de sécurité de l’organisation (en lecture seule ici) :</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change this setting. The key in use is %1 here: it may read the setting, not change it.</source>
        <translation>Seule une clé Organization Owner peut modifier ce réglage. La clé utilisée est ici %1 : elle peut lire le réglage, pas le modifier.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>the file of unsaved writes %1 was written by a newer version of the console</source>
        <translation>le fichier des écritures non enregistrées %1 a été écrit par une version plus récente de la console</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>the kept snapshot cannot be read back (%1)</source>
        <translation>l’instantané conservé ne peut pas être relu (%1)</translation>
    </message>
    <message>
        <source>the kept rotation cannot be read back</source>
        <translation>la rotation conservée ne peut pas être relue</translation>
    </message>
    <message>
        <source>a kept write of a kind this console does not know (%1)</source>
        <translation>une écriture conservée d’un type que cette console ne connaît pas (%1)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this profile</source>
        <translation>Faire &amp;confiance à ce certificat pour ce profil</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>https://opsmanager.example.com:8443</source>
        <translation>https://opsmanager.example.com:8443</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>for example abcdefgh</source>
        <translation>par exemple abcdefgh</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keyring)</source>
        <translation>inchangée (conservée dans le trousseau du système)</translation>
    </message>
    <message>
        <source>shown once when the key was created</source>
        <translation>affichée une seule fois, à la création de la clé</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificats d&apos;autorité supplémentaires</translation>
    </message>
    <message>
        <source>optional: a PEM file for a private certificate authority</source>
        <translation>facultatif&#xa0;: un fichier PEM d&apos;une autorité de certification privée</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Paramètres du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Clé &amp;publique&#xa0;:</translation>
    </message>
    <message>
        <source>Pri&amp;vate key:</source>
        <translation>Clé pri&amp;vée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>Certificats &amp;CA&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>The server is the address you open in a browser. The private key goes to the system keyring, never to a file.</source>
        <translation>Le serveur est l&apos;adresse que vous ouvrez dans un navigateur. La clé privée va dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The name files this connection&apos;s cache; create a new connection to use another name.</source>
        <translation>Le cache de cette connexion est classé sous ce nom&#xa0;; créez une nouvelle connexion pour utiliser un autre nom.</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Copiée</translation>
    </message>
    <message>
        <source>Trusted certificate for this profile (SHA-256): %1</source>
        <translation>Certificat approuvé pour ce profil (SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>Corrigez d&apos;abord les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>The private key could not be read from the keyring (%1): type it to test.</source>
        <translation>La clé privée n&apos;a pas pu être lue dans le trousseau (%1)&#xa0;: saisissez-la pour tester.</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Copy address %1</source>
        <translation>&amp;Copier l&apos;adresse %1</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The server or public key changed: type the private key again (%1).</source>
        <translation>Le serveur ou la clé publique a changé&#xa0;: saisissez de nouveau la clé privée (%1).</translation>
    </message>
    <message>
        <source>The private key could not be stored: %1</source>
        <translation>La clé privée n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No scheme was typed, so https was tried. If the server speaks plain http, type http://%1.</source>
        <translation>Aucun schéma n’a été saisi, https a donc été essayé. Si le serveur parle http simple, saisissez http://%1.</translation>
    </message>
    <message>
        <source>&amp;Web console page:</source>
        <translation>Console &amp;web :</translation>
    </message>
    <message>
        <source>Web console organization settings page</source>
        <translation>Page des paramètres de l’organisation dans la console web</translation>
    </message>
    <message>
        <source>Where the organization setting is changed when the server has no API for it: {server} is the server, {orgId} the organization</source>
        <translation>Où le paramètre de l’organisation est modifié quand le serveur n’a pas d’API pour cela : {server} est le serveur, {orgId} l’organisation</translation>
    </message>
    <message>
        <source>Discard this connection?</source>
        <translation>Abandonner cette connexion ?</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”? Nothing typed here is saved.</source>
        <translation>Abandonner les modifications de « %1 » ? Rien de ce qui a été saisi ici n’est enregistré.</translation>
    </message>
    <message>
        <source>Discard the connection you typed? Nothing of it is saved.</source>
        <translation>Abandonner la connexion saisie ? Rien n’en est enregistré.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Asking the system keyring for the private key… (it may ask you to unlock it)</source>
        <translation>Demande de la clé privée au trousseau du système… (il peut vous demander de le déverrouiller)</translation>
    </message>
    <message>
        <source>Asking the system keyring to keep the private key… (it may ask you to unlock it)</source>
        <translation>Demande au trousseau du système de garder la clé privée… (il peut vous demander de le déverrouiller)</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Méthode de connexion :</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>API key (public and private key)</source>
        <translation>Clé d’API (clé publique et clé privée)</translation>
    </message>
    <message>
        <source>Service account (client ID and secret)</source>
        <translation>Compte de service (ID client et secret)</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>mdb_sa_id_ and 24 hexadecimal digits</source>
        <translation>mdb_sa_id_ et 24 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>mdb_sa_sk_…, shown once when the secret was created</source>
        <translation>mdb_sa_sk_…, affiché une fois à la création du secret</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keyring (%1): type it to test.</source>
        <translation>Le secret client n’a pas pu être lu dans le trousseau (%1) : saisissez-le pour tester.</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>&amp;API :</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Which API the server is spoken to in</source>
        <translation>L’API dans laquelle on parle au serveur</translation>
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
        <translation>Stockage de l’historique</translation>
    </message>
    <message>
        <source>This computer — or a team&apos;s postgresql://user@host/database</source>
        <translation>Cet ordinateur — ou postgresql://user@host/database d’une équipe</translation>
    </message>
    <message>
        <source>Empty: the history, notes and rotations stay on this computer. A PostgreSQL database shares them with the other admins and the nightly sync (sslmode=verify-full&amp;sslrootcert=CA.pem for TLS).</source>
        <translation>Vide : l’historique, les notes et les rotations restent sur cet ordinateur. Une base PostgreSQL les partage avec les autres administrateurs et la synchronisation nocturne (sslmode=verify-full&amp;sslrootcert=CA.pem pour TLS).</translation>
    </message>
    <message>
        <source>History store password</source>
        <translation>Mot de passe du stockage de l’historique</translation>
    </message>
    <message>
        <source>Database password (kept in the system keyring)</source>
        <translation>Mot de passe de la base (gardé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Asking the system keyring to keep the store&apos;s password… (it may ask you to unlock it)</source>
        <translation>Demande au trousseau du système de garder le mot de passe du stockage… (il peut vous demander de le déverrouiller)</translation>
    </message>
    <message>
        <source>&amp;History store:</source>
        <translation>&amp;Historique :</translation>
    </message>
</context>
<context>
    <name>ProjectKeyDialog</name>
    <message>
        <source>Description, public key or key ID</source>
        <translation>Description, clé publique ou ID de clé</translation>
    </message>
    <message>
        <source>Which organization key</source>
        <translation>Quelle clé d&apos;organisation</translation>
    </message>
    <message>
        <source>Invite an organization key to %1</source>
        <translation>Inviter une clé d&apos;organisation dans %1</translation>
    </message>
    <message>
        <source>Roles of %1 in %2</source>
        <translation>Rôles de %1 dans %2</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Roles in %1 (the list replaces the key&apos;s roles there):</source>
        <translation>Rôles dans %1 (la liste remplace les rôles de la clé dans ce projet)&#xa0;:</translation>
    </message>
    <message>
        <source>Type the key&apos;s description, public key or key ID.</source>
        <translation>Saisissez la description, la clé publique ou l&apos;ID de la clé.</translation>
    </message>
    <message>
        <source>No organization key outside this project matches “%1”.</source>
        <translation>Aucune clé d&apos;organisation hors de ce projet ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n keys match; type more of the description, or the public key.</source>
        <translation>
            <numerusform>%n clé correspond&#xa0;; saisissez davantage de la description, ou la clé publique.</numerusform>
            <numerusform>%n clés correspondent&#xa0;; saisissez davantage de la description, ou la clé publique.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — public key %2, key ID %3</source>
        <translation>%1 — clé publique %2, ID de clé %3</translation>
    </message>
    <message>
        <source>These roles will be removed: %1</source>
        <translation>Ces rôles seront retirés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A key unused this long is stale</source>
        <translation>Une clé inutilisée depuis si longtemps est considérée comme périmée</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Rien n&apos;est encore en cache pour cette organisation&#xa0;: synchronisez-la (F5).</translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation>&amp;Obsolète après :</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 of them high. Double-click one, or press Enter on it, to open its key.</source>
        <translation>
            <numerusform>%n constat, dont %1 élevé. Double-cliquez dessus, ou appuyez sur Entrée, pour ouvrir sa clé.</numerusform>
            <numerusform>%n constats, dont %1 élevés. Double-cliquez sur l’un d’eux, ou appuyez sur Entrée, pour ouvrir sa clé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets e&amp;xpiring within:</source>
        <translation>Secrets e&amp;xpirant sous :</translation>
    </message>
    <message>
        <source>A service-account secret expiring this soon is reported</source>
        <translation>Un secret de compte de service expirant aussi tôt est signalé</translation>
    </message>
    <message>
        <source>Public key or client ID</source>
        <translation>Clé publique ou ID client</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>working offline: this connection was opened from the cache only, so nothing is sent to the server; open it online to sync or change anything</source>
        <translation>travail hors ligne&#xa0;: cette connexion a été ouverte depuis le cache uniquement, rien n&apos;est donc envoyé au serveur&#xa0;; ouvrez-la en ligne pour synchroniser ou modifier quoi que ce soit</translation>
    </message>
    <message>
        <source>offline: the server is not reachable, so the cached data cannot be changed</source>
        <translation>hors ligne&#xa0;: le serveur est injoignable, les données en cache ne peuvent donc pas être modifiées</translation>
    </message>
    <message>
        <source>The local cache cannot be used (%1): nothing is kept for offline review in this session.</source>
        <translation>Le cache local est inutilisable (%1) : rien n’est conservé pour la consultation hors ligne pendant cette session.</translation>
    </message>
    <message>
        <source>The team store cannot be reached (%1): the console shows what the server says; what you write is kept on this computer and written to the store when it answers.</source>
        <translation>Le stockage d’équipe est injoignable (%1) : la console montre ce que dit le serveur ; ce que vous écrivez est conservé sur cet ordinateur et écrit dans le stockage dès qu’il répond.</translation>
    </message>
    <message>
        <source>The team store does not answer (%1). The console goes on from what it holds; what it could not write is kept on this computer and written as soon as the store answers again.</source>
        <translation>Le stockage d’équipe ne répond pas (%1). La console continue avec ce qu’elle a ; ce qu’elle n’a pas pu écrire est conservé sur cet ordinateur et écrit dès que le stockage répond à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: %n change(s).</source>
        <translation>
            <numerusform>En attente : %n modification.</numerusform>
            <numerusform>En attente : %n modifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team store refused %n change(s) kept during its outage (%1). They are not written; they stay in %2 for review.</source>
        <translation>
            <numerusform>Le stockage d’équipe a refusé %n modification conservée pendant sa panne (%1). Elle n’est pas écrite ; elle reste dans %2 pour examen.</numerusform>
            <numerusform>Le stockage d’équipe a refusé %n modifications conservées pendant sa panne (%1). Elles ne sont pas écrites ; elles restent dans %2 pour examen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message>
        <source>an address it did not give</source>
        <translation>une adresse qu’il n’a pas indiquée</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>aucune réponse complète en %n seconde</numerusform>
            <numerusform>aucune réponse complète en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer grew past %1 MB, far more than any real answer; it was not read</source>
        <translation>la réponse a dépassé %1 Mo, bien plus que toute réponse réelle ; elle n’a pas été lue</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s), retries included</source>
        <translation>
            <numerusform>aucune réponse complète en %n seconde, nouvelles tentatives comprises</numerusform>
            <numerusform>aucune réponse complète en %n secondes, nouvelles tentatives comprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing received for %n second(s)</source>
        <translation>
            <numerusform>rien reçu pendant %n seconde</numerusform>
            <numerusform>rien reçu pendant %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server deprecated the resource version this console speaks (%1)%2%3: update API Access Console before then.</source>
        <translation>Le serveur a déprécié la version de ressource que parle cette console (%1)%2%3 : mettez à jour API Access Console avant.</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, depuis le %1</translation>
    </message>
    <message>
        <source>; it stops answering on %1</source>
        <translation> ; il cessera de répondre le %1</translation>
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
        <translation>Contrôle total de l&apos;organisation, de ses paramètres, de ses clés d&apos;API et de ses projets.</translation>
    </message>
    <message>
        <source>Organization Member</source>
        <translation>Organization Member</translation>
    </message>
    <message>
        <source>Reads the organization and the projects it is given access to.</source>
        <translation>Lit l&apos;organisation et les projets auxquels l&apos;accès est donné.</translation>
    </message>
    <message>
        <source>Organization Project Creator</source>
        <translation>Organization Project Creator</translation>
    </message>
    <message>
        <source>Creates projects in the organization.</source>
        <translation>Crée des projets dans l&apos;organisation.</translation>
    </message>
    <message>
        <source>Organization Read Only</source>
        <translation>Organization Read Only</translation>
    </message>
    <message>
        <source>Reads everything in the organization; changes nothing.</source>
        <translation>Lit tout dans l&apos;organisation&#xa0;; ne modifie rien.</translation>
    </message>
    <message>
        <source>Organization Billing Admin</source>
        <translation>Organization Billing Admin</translation>
    </message>
    <message>
        <source>Manages billing (Cloud Manager only).</source>
        <translation>Gère la facturation (Cloud Manager uniquement).</translation>
    </message>
    <message>
        <source>Organization Billing Viewer</source>
        <translation>Organization Billing Viewer</translation>
    </message>
    <message>
        <source>Reads billing information (Cloud Manager only).</source>
        <translation>Lit les informations de facturation (Cloud Manager uniquement).</translation>
    </message>
    <message>
        <source>Project Owner</source>
        <translation>Project Owner</translation>
    </message>
    <message>
        <source>Full control of the project.</source>
        <translation>Contrôle total du projet.</translation>
    </message>
    <message>
        <source>Project Read Only</source>
        <translation>Project Read Only</translation>
    </message>
    <message>
        <source>Reads the project; changes nothing.</source>
        <translation>Lit le projet&#xa0;; ne modifie rien.</translation>
    </message>
    <message>
        <source>Project Automation Admin</source>
        <translation>Project Automation Admin</translation>
    </message>
    <message>
        <source>Manages deployments through Automation.</source>
        <translation>Gère les déploiements via Automation.</translation>
    </message>
    <message>
        <source>Project Backup Admin</source>
        <translation>Project Backup Admin</translation>
    </message>
    <message>
        <source>Manages backups and restores.</source>
        <translation>Gère les sauvegardes et les restaurations.</translation>
    </message>
    <message>
        <source>Project Monitoring Admin</source>
        <translation>Project Monitoring Admin</translation>
    </message>
    <message>
        <source>Manages monitoring, alerts and host settings.</source>
        <translation>Gère la supervision, les alertes et les paramètres des hôtes.</translation>
    </message>
    <message>
        <source>Project User Admin</source>
        <translation>Project User Admin</translation>
    </message>
    <message>
        <source>Manages the project&apos;s users and teams.</source>
        <translation>Gère les utilisateurs et les équipes du projet.</translation>
    </message>
    <message>
        <source>Project Data Access Admin</source>
        <translation>Project Data Access Admin</translation>
    </message>
    <message>
        <source>Manages indexes and reads and writes data.</source>
        <translation>Gère les index, lit et écrit les données.</translation>
    </message>
    <message>
        <source>Project Data Access Read/Write</source>
        <translation>Project Data Access Read/Write</translation>
    </message>
    <message>
        <source>Reads and writes data.</source>
        <translation>Lit et écrit les données.</translation>
    </message>
    <message>
        <source>Project Data Access Read Only</source>
        <translation>Project Data Access Read Only</translation>
    </message>
    <message>
        <source>Reads data.</source>
        <translation>Lit les données.</translation>
    </message>
    <message>
        <source>Project Charts Admin</source>
        <translation>Project Charts Admin</translation>
    </message>
    <message>
        <source>Manages Charts (older servers).</source>
        <translation>Gère Charts (serveurs plus anciens).</translation>
    </message>
    <message>
        <source>Project Billing Admin</source>
        <translation>Project Billing Admin</translation>
    </message>
    <message>
        <source>Manages the project&apos;s billing (Cloud Manager only).</source>
        <translation>Gère la facturation du projet (Cloud Manager uniquement).</translation>
    </message>
    <message>
        <source>Global Owner</source>
        <translation>Global Owner</translation>
    </message>
    <message>
        <source>Full control of the whole Ops Manager instance, every organization and project.</source>
        <translation>Contrôle total de toute l’instance Ops Manager, de chaque organisation et de chaque projet.</translation>
    </message>
    <message>
        <source>Global Read Only</source>
        <translation>Global Read Only</translation>
    </message>
    <message>
        <source>Reads every organization and project of the instance.</source>
        <translation>Lit chaque organisation et chaque projet de l’instance.</translation>
    </message>
    <message>
        <source>Global User Admin</source>
        <translation>Global User Admin</translation>
    </message>
    <message>
        <source>Manages the users of the whole instance.</source>
        <translation>Gère les utilisateurs de toute l’instance.</translation>
    </message>
    <message>
        <source>Global Automation Admin</source>
        <translation>Global Automation Admin</translation>
    </message>
    <message>
        <source>Manages deployments through Automation in every project.</source>
        <translation>Gère les déploiements par Automation dans chaque projet.</translation>
    </message>
    <message>
        <source>Global Backup Admin</source>
        <translation>Global Backup Admin</translation>
    </message>
    <message>
        <source>Manages backups and restores in every project.</source>
        <translation>Gère les sauvegardes et les restaurations dans chaque projet.</translation>
    </message>
    <message>
        <source>Global Monitoring Admin</source>
        <translation>Global Monitoring Admin</translation>
    </message>
    <message>
        <source>Manages monitoring and alerts in every project.</source>
        <translation>Gère la surveillance et les alertes dans chaque projet.</translation>
    </message>
</context>
<context>
    <name>RoleList</name>
    <message>
        <source>Organization roles</source>
        <translation>Rôles d&apos;organisation</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>Rôles de projet</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>Rotation de la clé d’API</translation>
    </message>
    <message>
        <source>New key&apos;s &amp;description:</source>
        <translation>&amp;Description de la nouvelle clé :</translation>
    </message>
    <message>
        <source>New key&apos;s description</source>
        <translation>Description de la nouvelle clé</translation>
    </message>
    <message>
        <source>Copied to the new key (untick what it should not get):</source>
        <translation>Copié sur la nouvelle clé (décochez ce qu’elle ne doit pas recevoir) :</translation>
    </message>
    <message>
        <source>What the new key gets</source>
        <translation>Ce que reçoit la nouvelle clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Create the &amp;new key</source>
        <translation>Créer la &amp;nouvelle clé</translation>
    </message>
    <message>
        <source>The new key</source>
        <translation>La nouvelle clé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the private key now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it can call the API with the new key&apos;s roles.</source>
        <translation>&lt;b&gt;Copiez la clé privée maintenant.&lt;/b&gt; Le serveur ne la montre que cette fois ; elle ne pourra plus être affichée. Qui la possède peut appeler l’API avec les rôles de la nouvelle clé.</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clé publique :</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation>Copier les &amp;deux</translation>
    </message>
    <message>
        <source>The public and the private key, one per line: a client needs both.</source>
        <translation>La clé publique et la clé privée, une par ligne : un client a besoin des deux.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>I have copied the private key and stored it safely</source>
        <translation>J&apos;ai copié la clé privée et l&apos;ai rangée en lieu sûr</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel the rotation…</source>
        <translation>Annuler la rotation…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Con&amp;tinue to the hand-over</source>
        <translation>&amp;Continuer vers la bascule</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Bascule</translation>
    </message>
    <message>
        <source>Last use of both keys</source>
        <translation>Dernière utilisation des deux clés</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Every client now uses the new key</source>
        <translation>Chaque client utilise désormais la nouvelle clé</translation>
    </message>
    <message>
        <source>&amp;Read the use again</source>
        <translation>&amp;Relire l’utilisation</translation>
    </message>
    <message>
        <source>Close, finish &amp;later</source>
        <translation>Fermer, terminer &amp;plus tard</translation>
    </message>
    <message>
        <source>&amp;Finish: delete the old key</source>
        <translation>&amp;Terminer : supprimer l’ancienne clé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Public key: %1
Private key: %2</source>
        <translation>Clé publique : %1
Clé privée : %2</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Création de la nouvelle clé…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Reprise…</translation>
    </message>
    <message>
        <source>Rotate API key %1</source>
        <translation>Rotation de la clé d’API %1</translation>
    </message>
    <message>
        <source>Organization roles: %1</source>
        <translation>Rôles d’organisation : %1</translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projets (%n)</numerusform>
            <numerusform>Projets (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Access list (%n)</source>
        <translation>
            <numerusform>Liste d’accès (%n)</numerusform>
            <numerusform>Liste d’accès (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the roles, projects and entries to the new key…</source>
        <translation>Copie des rôles, projets et entrées vers la nouvelle clé…</translation>
    </message>
    <message>
        <source>The new key %1 equals the plan: %2, %3. Give it to the clients, then continue.</source>
        <translation>La nouvelle clé %1 correspond au plan : %2, %3. Donnez-la aux clients, puis continuez.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access-list entry(s)</source>
        <translation>
            <numerusform>%n entrée de liste d’accès</numerusform>
            <numerusform>%n entrées de liste d’accès</numerusform>
        </translation>
    </message>
    <message>
        <source>The rotation stopped at step “%1”: resume it.</source>
        <translation>La rotation s’est arrêtée à l’étape « %1 » : reprenez-la.</translation>
    </message>
    <message>
        <source>(no entries)</source>
        <translation>(aucune entrée)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>old: %1</source>
        <translation>ancienne : %1</translation>
    </message>
    <message>
        <source>old</source>
        <translation>ancienne</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>nouvelle : %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>The old key is no longer in the organization.</source>
        <translation>L’ancienne clé n’est plus dans l’organisation.</translation>
    </message>
    <message>
        <source>The old key&apos;s use cannot be read with this key.</source>
        <translation>L’utilisation de l’ancienne clé ne peut pas être lue avec cette clé.</translation>
    </message>
    <message>
        <source>The old key has not been used since the new key was created (%1).</source>
        <translation>L’ancienne clé n’a pas été utilisée depuis la création de la nouvelle (%1).</translation>
    </message>
    <message>
        <source>The old key was last used %1 — after the new key was created: some client still uses it.</source>
        <translation>L’ancienne clé a été utilisée pour la dernière fois %1 — après la création de la nouvelle : un client l’utilise encore.</translation>
    </message>
    <message>
        <source>The new key was last used %1.</source>
        <translation>La nouvelle clé a été utilisée pour la dernière fois %1.</translation>
    </message>
    <message>
        <source>The new key has not been used yet.</source>
        <translation>La nouvelle clé n’a pas encore été utilisée.</translation>
    </message>
    <message>
        <source>Step 2 of 3: the new key, copied and checked.</source>
        <translation>Étape 2 sur 3 : la nouvelle clé, copiée et vérifiée.</translation>
    </message>
    <message>
        <source>Step 3 of 3: switch the clients, then delete the old key.</source>
        <translation>Étape 3 sur 3 : basculez les clients, puis supprimez l’ancienne clé.</translation>
    </message>
    <message>
        <source>Step 1 of 3: what the new key gets.</source>
        <translation>Étape 1 sur 3 : ce que reçoit la nouvelle clé.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l’instant)</translation>
    </message>
    <message>
        <source>Cancel the rotation</source>
        <translation>Annuler la rotation</translation>
    </message>
    <message>
        <source>Delete the new key %1? A client already switched to it stops working at once. The old key stays as it was.</source>
        <translation>Supprimer la nouvelle clé %1 ? Un client déjà basculé cesse aussitôt de fonctionner. L’ancienne clé reste telle quelle.</translation>
    </message>
    <message>
        <source>&amp;Delete the new key</source>
        <translation>&amp;Supprimer la nouvelle clé</translation>
    </message>
    <message>
        <source>Copy the private key and tick the box first: it cannot be shown again. (The rotation is kept: open Rotate… on the key to go on.)</source>
        <translation>Copiez d’abord la clé privée et cochez la case : elle ne pourra plus être affichée. (La rotation est conservée : ouvrez Rotation… sur la clé pour continuer.)</translation>
    </message>
</context>
<context>
    <name>RotationPlan</name>
    <message>
        <source>description: “%1”, not “%2”</source>
        <translation>description : « %1 », pas « %2 »</translation>
    </message>
    <message>
        <source>organization roles: %1, not %2</source>
        <translation>rôles d’organisation : %1, pas %2</translation>
    </message>
    <message>
        <source>project %1: not assigned</source>
        <translation>projet %1 : non attribuée</translation>
    </message>
    <message>
        <source>project %1: roles %2, not %3</source>
        <translation>projet %1 : rôles %2, pas %3</translation>
    </message>
    <message>
        <source>project %1: assigned, but not in the plan</source>
        <translation>projet %1 : attribuée, mais pas dans le plan</translation>
    </message>
    <message>
        <source>access list: %1 missing</source>
        <translation>liste d’accès : %1 manquante</translation>
    </message>
    <message>
        <source>access list: %1, not in the plan</source>
        <translation>liste d’accès : %1, pas dans le plan</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Nightly backup export</source>
        <translation>Export de sauvegarde nocturne</translation>
    </message>
    <message>
        <source>Production Ops Manager</source>
        <translation>Ops Manager de production</translation>
    </message>
    <message>
        <source>Renders every documented view on the built-in demo data, offscreen; two runs give byte-identical files.</source>
        <translation>Produit chaque vue documentée à partir des données de démonstration intégrées, sans écran&#xa0;; deux exécutions donnent des fichiers identiques à l&apos;octet près.</translation>
    </message>
    <message>
        <source>Write the PNG files to DIR.</source>
        <translation>Écrire les fichiers PNG dans DIR.</translation>
    </message>
    <message>
        <source>Language: en, de, fr, es, ja or zh_CN.</source>
        <translation>Langue&#xa0;: en, de, fr, es, ja ou zh_CN.</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light ou dark.</translation>
    </message>
    <message>
        <source>Device pixels per pixel, 1 to 4.</source>
        <translation>Pixels physiques par pixel, de 1 à 4.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n screenshot(s) to %1.</source>
        <translation>
            <numerusform>%n capture d&apos;écran écrite dans %1.</numerusform>
            <numerusform>%n captures d&apos;écran écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit with 3 when a text does not fit its widget.</source>
        <translation>Sortir avec 3 si un texte ne tient pas dans son élément.</translation>
    </message>
</context>
<context>
    <name>ServiceAccountsModel</name>
    <message>
        <source>no secret</source>
        <translation>aucun secret</translation>
    </message>
    <message>
        <source>every secret expired</source>
        <translation>tous les secrets ont expiré</translation>
    </message>
    <message numerus="yes">
        <source>%n live, next expires %1</source>
        <translation>
            <numerusform>%n valide, le prochain expire le %1</numerusform>
            <numerusform>%n valides, le prochain expire le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>Liste d’accès</translation>
    </message>
</context>
<context>
    <name>ServiceAccountsPage</name>
    <message>
        <source>Service accounts</source>
        <translation>Comptes de service</translation>
    </message>
    <message>
        <source>Secrets of the service account</source>
        <translation>Secrets du compte de service</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Access list of the service account</source>
        <translation>Liste d’accès du compte de service</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>Rien n’est encore en cache pour cette organisation : synchronisez-la (F5).</translation>
    </message>
    <message>
        <source>The service accounts have not been read yet: sync (F5).</source>
        <translation>Les comptes de service n’ont pas encore été lus : synchronisez (F5).</translation>
    </message>
    <message>
        <source>This organization has no service accounts.</source>
        <translation>Cette organisation n’a aucun compte de service.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Client ID &lt;code&gt;%3&lt;/code&gt; · created %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;ID client &lt;code&gt;%3&lt;/code&gt; · créé le %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation>&amp;Nouveau secret…</translation>
    </message>
    <message>
        <source>Add a secret to the account (at most two; the other is then cut to seven days)</source>
        <translation>Ajouter un secret au compte (deux au plus ; l’autre est alors réduit à sept jours)</translation>
    </message>
    <message>
        <source>Delete secret…</source>
        <translation>Supprimer le secret…</translation>
    </message>
    <message>
        <source>Delete the secret picked below: its tokens stop at once</source>
        <translation>Supprimer le secret choisi ci-dessous : ses jetons cessent aussitôt</translation>
    </message>
    <message>
        <source>Add en&amp;tries…</source>
        <translation>Ajouter des en&amp;trées…</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Retirer l’entrée</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>Supprimer le compte…</translation>
    </message>
    <message>
        <source>Changing service accounts needs the Organization Owner role; this connection can only read them.</source>
        <translation>Modifier les comptes de service exige le rôle Organization Owner ; cette connexion ne peut que les lire.</translation>
    </message>
    <message>
        <source>%1 has two secrets, the most an account may have. Delete one first — an expired one, or the one its clients no longer use (its last use is in the table).</source>
        <translation>%1 a deux secrets, le maximum pour un compte. Supprimez-en un d’abord — un expiré, ou celui que ses clients n’utilisent plus (sa dernière utilisation figure dans le tableau).</translation>
    </message>
    <message>
        <source>No secret added. %1</source>
        <translation>Aucun secret ajouté. %1</translation>
    </message>
    <message>
        <source>Added a secret to %1, expiring on %2.</source>
        <translation>Secret ajouté à %1, expirant le %2.</translation>
    </message>
    <message>
        <source>Delete the secret %1 of %2? Every token made with it stops working at once: clients still using it are refused from now on. This cannot be undone.</source>
        <translation>Supprimer le secret %1 de %2 ? Tous les jetons créés avec lui cessent aussitôt de fonctionner : les clients qui l’utilisent encore sont refusés dès maintenant. C’est irréversible.</translation>
    </message>
    <message>
        <source>It is the account&apos;s only unexpired secret: nothing can sign in with %1 until a new secret is added.</source>
        <translation>C’est le seul secret non expiré du compte : rien ne peut se connecter avec %1 avant l’ajout d’un nouveau secret.</translation>
    </message>
    <message>
        <source>This console signs in as %1: if it uses this secret, it is signed out at once.</source>
        <translation>Cette console se connecte en tant que %1 : si elle utilise ce secret, elle est déconnectée aussitôt.</translation>
    </message>
    <message>
        <source>Delete secret?</source>
        <translation>Supprimer le secret ?</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>Supprimer le secret</translation>
    </message>
    <message>
        <source>Deleted the secret %1 of %2.</source>
        <translation>Secret %1 de %2 supprimé.</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>Non supprimée. %1</translation>
    </message>
    <message>
        <source>Delete the service account %1? Its secrets and every token made with them stop working at once; this cannot be undone.</source>
        <translation>Supprimer le compte de service %1 ? Ses secrets et tous les jetons créés avec eux cessent aussitôt de fonctionner ; c’est irréversible.</translation>
    </message>
    <message>
        <source>This console signs in as this account. Deleting it locks this console out at once: sign in with another account or key to go on.</source>
        <translation>Cette console se connecte avec ce compte. Le supprimer verrouille aussitôt cette console dehors : connectez-vous avec un autre compte ou une autre clé pour continuer.</translation>
    </message>
    <message>
        <source>Delete service account?</source>
        <translation>Supprimer le compte de service ?</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>Supprimer et verrouiller cette console</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <source>Add access-list entries to %1</source>
        <translation>Ajouter des entrées de liste d’accès à %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n entry(ies) to the access list of %1.</source>
        <translation>
            <numerusform>%n entrée ajoutée à la liste d’accès de %1.</numerusform>
            <numerusform>%n entrées ajoutées à la liste d’accès de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the last entry?</source>
        <translation>Retirer la dernière entrée ?</translation>
    </message>
    <message>
        <source>%1 is the last entry of %2, and the organization requires an access list: without it the account&apos;s tokens work from nowhere.</source>
        <translation>%1 est la dernière entrée de %2, et l’organisation exige une liste d’accès : sans elle, les jetons du compte ne fonctionnent nulle part.</translation>
    </message>
    <message>
        <source>%1 is the last entry of %2: without it the account&apos;s tokens work from any address.</source>
        <translation>%1 est la dernière entrée de %2 : sans elle, les jetons du compte fonctionnent depuis toute adresse.</translation>
    </message>
    <message>
        <source>Removed %1 from the access list of %2.</source>
        <translation>%1 retiré de la liste d’accès de %2.</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <translation>Non retiré. %1</translation>
    </message>
    <message>
        <source>New acco&amp;unt…</source>
        <translation>Nouveau comp&amp;te…</translation>
    </message>
    <message>
        <source>No account created. %1</source>
        <translation>Aucun compte créé. %1</translation>
    </message>
    <message>
        <source>Created the service account %1 (%2).</source>
        <translation>Compte de service %1 (%2) créé.</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Modifier le compte…</translation>
    </message>
    <message>
        <source>Its description and organization roles</source>
        <translation>Sa description et ses rôles d’organisation</translation>
    </message>
    <message>
        <source>Edit service account %1</source>
        <translation>Modifier le compte de service %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>%1 stays: this console signs in as %2 and calls from %3, which it covers; the server refuses to remove the caller&apos;s own address. Remove it from another address or with another key or account.</source>
        <translation>%1 reste : cette console se connecte en tant que %2 et appelle depuis %3, qu’elle couvre ; le serveur refuse de retirer l’adresse de l’appelant. Retirez-la depuis une autre adresse ou avec une autre clé ou un autre compte.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Invite to pro&amp;ject…</source>
        <translation>Inviter dans un pro&amp;jet…</translation>
    </message>
    <message>
        <source>Give the account roles in one of the organization&apos;s projects</source>
        <translation>Donner au compte des rôles dans un projet de l’organisation</translation>
    </message>
    <message>
        <source>Unassign from project…</source>
        <translation>Retirer du projet…</translation>
    </message>
    <message>
        <source>Take the account out of the project picked below (its secrets stay valid)</source>
        <translation>Retirer le compte du projet choisi ci-dessous (ses secrets restent valides)</translation>
    </message>
    <message>
        <source>Projects of the service account</source>
        <translation>Projets du compte de service</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Roles there</source>
        <translation>Rôles dans le projet</translation>
    </message>
    <message>
        <source>not read while offline (projects are read from the server, not cached)</source>
        <translation>non lus hors ligne (les projets sont lus sur le serveur, pas en cache)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>Projets : %1</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>Projets (%1)</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>%1 is already in every project of the organization.</source>
        <translation>%1 est déjà dans chaque projet de l’organisation.</translation>
    </message>
    <message>
        <source>Invite %1 to a project</source>
        <translation>Inviter %1 dans un projet</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>Invite %1 to %2</source>
        <translation>Inviter %1 dans %2</translation>
    </message>
    <message>
        <source>%1 is in %2 as %3.</source>
        <translation>%1 est dans %2 comme %3.</translation>
    </message>
    <message>
        <source>Take %1 out of %2? It loses its roles there at once; its secrets stay valid for the organization and its other projects.</source>
        <translation>Retirer %1 de %2 ? Il y perd aussitôt ses rôles ; ses secrets restent valides pour l’organisation et ses autres projets.</translation>
    </message>
    <message>
        <source>This console signs in as this account: it can no longer act in %1.</source>
        <translation>Cette console se connecte avec ce compte : elle ne pourra plus agir dans %1.</translation>
    </message>
    <message>
        <source>Unassign from project?</source>
        <translation>Retirer du projet&#xa0;?</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 is no longer in %2.</source>
        <translation>%1 n’est plus dans %2.</translation>
    </message>
    <message>
        <source>Not unassigned. %1</source>
        <translation>Non retirée. %1</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>&amp;Rotation du secret…</translation>
    </message>
    <message>
        <source>Add a second secret (the old one is cut to seven days), switch the clients, then delete the old one</source>
        <translation>Ajouter un second secret (l’ancien est ramené à sept jours), basculer les clients, puis supprimer l’ancien</translation>
    </message>
    <message>
        <source>Rotate the secret of %1: the new secret</source>
        <translation>Rotation du secret de %1 : le nouveau secret</translation>
    </message>
    <message>
        <source>%1 has two secrets, the most an account may have, and %2 expired on %3: delete it first (Delete secret…), then Rotate secret… adds the new one.</source>
        <translation>%1 a deux secrets, le maximum pour un compte, et %2 a expiré le %3 : supprimez-le d’abord (Supprimer le secret…), puis Rotation du secret… ajoute le nouveau.</translation>
    </message>
    <message>
        <source>Rotating the secret of %1.

The new secret %2 (added %3) was last used: %4.
The old secret %5 (expires %6) was last used: %7.</source>
        <translation>Rotation du secret de %1.

Le nouveau secret %2 (ajouté %3) a été utilisé pour la dernière fois : %4.
L’ancien secret %5 (expire %6) a été utilisé pour la dernière fois : %7.</translation>
    </message>
    <message>
        <source>The old secret was used after the new one was added: some client still uses it.</source>
        <translation>L’ancien secret a été utilisé après l’ajout du nouveau : un client l’utilise encore.</translation>
    </message>
    <message>
        <source>The old secret has not been used since the new one was added.</source>
        <translation>L’ancien secret n’a pas été utilisé depuis l’ajout du nouveau.</translation>
    </message>
    <message>
        <source>Deleting the old secret stops every token made with it at once. Delete it when every client uses the new secret; otherwise it expires by itself on %1.</source>
        <translation>Supprimer l’ancien secret arrête aussitôt tout jeton créé avec lui. Supprimez-le quand chaque client utilise le nouveau secret ; sinon il expire de lui-même le %1.</translation>
    </message>
    <message>
        <source>This console signs in as %1: if it uses the old secret, it is signed out at once.</source>
        <translation>Cette console se connecte en tant que %1 : si elle utilise l’ancien secret, elle est déconnectée aussitôt.</translation>
    </message>
    <message>
        <source>Rotate the secret of %1</source>
        <translation>Rotation du secret de %1</translation>
    </message>
    <message>
        <source>Delete the old secret</source>
        <translation>Supprimer l’ancien secret</translation>
    </message>
    <message>
        <source>Rotated the secret of %1: %2 deleted, %3 stays.</source>
        <translation>Rotation du secret de %1 faite : %2 supprimé, %3 reste.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The source store does not hold organization %1.</source>
        <translation>Le stockage source ne contient pas l’organisation %1.</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 cannot be read: %3</source>
        <translation>L’instantané %1 de %2 ne peut pas être lu : %3</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 could not be written: %3</source>
        <translation>L’instantané %1 de %2 n’a pas pu être écrit : %3</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>No store given: a SQLite file (sqlite:PATH) or a PostgreSQL database (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>Aucun stockage indiqué : un fichier SQLite (sqlite:PATH) ou une base PostgreSQL (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no store this console knows: give sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>« %1 » n’est pas un stockage connu de cette console : indiquez sqlite:PATH ou postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>sqlite: needs the path of the file, as in sqlite:/home/me/history.sqlite.</source>
        <translation>sqlite: demande le chemin du fichier, par exemple sqlite:/home/me/history.sqlite.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1</source>
        <translation>L’adresse PostgreSQL n’est pas valide : %1</translation>
    </message>
    <message>
        <source>Leave the password out of the address (it would be kept in settings and shell history): the console keeps it in the system keyring; headless commands read PGPASSWORD or ~/.pgpass.</source>
        <translation>Laissez le mot de passe hors de l’adresse (il serait conservé dans les réglages et l’historique du shell) : la console le garde dans le trousseau du système ; les commandes sans interface lisent PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no server, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>L’adresse PostgreSQL ne nomme aucun serveur, par exemple postgresql://auditor@db.example.com/apiaccess.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database after the server, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>L’adresse PostgreSQL ne nomme aucune base après le serveur, par exemple postgresql://auditor@db.example.com/apiaccess.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no user, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>L’adresse PostgreSQL ne nomme aucun utilisateur, par exemple postgresql://auditor@db.example.com/apiaccess.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>The CA bundle %1 (sslrootcert) cannot be read.</source>
        <translation>Le lot d’AC %1 (sslrootcert) ne peut pas être lu.</translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds from 1 to 60.</source>
        <translation>connect_timeout est un nombre de secondes de 1 à 60.</translation>
    </message>
    <message>
        <source>The option %1 is not one this console passes on (sslmode, sslrootcert, connect_timeout).</source>
        <translation>L’option %1 n’est pas de celles que cette console transmet (sslmode, sslrootcert, connect_timeout).</translation>
    </message>
    <message>
        <source>sslmode=%1 checks the server against a CA bundle: add sslrootcert=PATH.</source>
        <translation>sslmode=%1 vérifie le serveur avec un lot d’AC : ajoutez sslrootcert=PATH.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Reading the organization</source>
        <translation>Lecture de l&apos;organisation</translation>
    </message>
    <message>
        <source>Reading API keys</source>
        <translation>Lecture des clés d&apos;API</translation>
    </message>
    <message>
        <source>Reading whitelists</source>
        <translation>Lecture des listes blanches</translation>
    </message>
    <message>
        <source>Reading project keys</source>
        <translation>Lecture des clés de projet</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Read through a project only.</source>
        <translation>Lu uniquement via un projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) still failed after %1 passes; nothing was saved.</source>
        <translation>
            <numerusform>%n lecture a encore échoué après %1 passes ; rien n’a été enregistré.</numerusform>
            <numerusform>%n lectures ont encore échoué après %1 passes ; rien n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server has no service accounts (Ops Manager documents none).</source>
        <translation>Ce serveur n’a pas de comptes de service (Ops Manager n’en documente aucun).</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Instance Ops Manager</translation>
    </message>
    <message>
        <source>The instance&apos;s events (/globalEvents) are not read.</source>
        <translation>Les événements de l’instance (/globalEvents) ne sont pas lus.</translation>
    </message>
    <message>
        <source>Service accounts belong to organizations.</source>
        <translation>Les comptes de service appartiennent aux organisations.</translation>
    </message>
    <message>
        <source>A global key has no list of its own: the global access list covers it.</source>
        <translation>Une clé globale n’a pas de liste propre : la liste d’accès globale la couvre.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>UserWhitelistDialog</name>
    <message>
        <source>&amp;Add entries</source>
        <translation>&amp;Ajouter des entrées</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>&amp;Retirer l&apos;entrée</translation>
    </message>
    <message>
        <source>My whitelist (personal API key)</source>
        <translation>Ma liste blanche (clé d&apos;API personnelle)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Entries of my whitelist</source>
        <translation>Entrées de ma liste blanche</translation>
    </message>
    <message>
        <source>For personal API keys: calls made with them must come from an address on this list, and changing the list needs one.</source>
        <translation>Pour les clés d&apos;API personnelles&#xa0;: les appels faits avec elles doivent venir d&apos;une adresse de cette liste, et modifier la liste en exige une.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 covers %2, the address you call from; the server refuses to remove the caller&apos;s own address. Remove it from another address.</source>
        <translation>%1 couvre %2, l&apos;adresse depuis laquelle vous appelez&#xa0;; le serveur refuse de retirer l&apos;adresse de l&apos;appelant. Retirez-la depuis une autre adresse.</translation>
    </message>
    <message numerus="yes">
        <source>Added. %n entry(ies) now.</source>
        <translation>
            <numerusform>Ajouté. %n entrée désormais.</numerusform>
            <numerusform>Ajouté. %n entrées désormais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 retirée.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>the name you sign in to the web console with</source>
        <translation>le nom avec lequel vous vous connectez à la console web</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type your user name (the one you sign in to the web console with) and press Load.</source>
        <translation>Saisissez votre nom d’utilisateur (celui de la console web) et cliquez sur Charger.</translation>
    </message>
    <message>
        <source>Type your user name first.</source>
        <translation>Saisissez d’abord votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The server knows no user named “%1”. Type the user name you sign in to the web console with (often an e-mail address) — not the public key of an API key.</source>
        <translation>Le serveur ne connaît aucun utilisateur nommé « %1 ». Saisissez le nom avec lequel vous vous connectez à la console web (souvent une adresse e-mail) — pas la clé publique d’une clé d’API.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to API Access Console</source>
        <translation>Bienvenue dans API Access Console</translation>
    </message>
    <message>
        <source>Manage the programmatic API keys of MongoDB Ops Manager and Cloud Manager: their IP whitelists, their project assignments and the organization setting “Require IP Whitelist for Public API”. Everything you sync stays readable offline.</source>
        <translation>Gérez les clés d&apos;API programmatiques de MongoDB Ops Manager et Cloud Manager&#xa0;: leurs listes blanches IP, leurs affectations aux projets et le paramètre d&apos;organisation «&#xa0;Require IP Whitelist for Public API&#xa0;». Tout ce que vous synchronisez reste lisible hors ligne.</translation>
    </message>
    <message>
        <source>Connect to my Ops Manager</source>
        <translation>Me connecter à mon Ops Manager</translation>
    </message>
    <message>
        <source>Enter the server address and an API key; the private key goes to the system keyring.</source>
        <translation>Saisissez l&apos;adresse du serveur et une clé d&apos;API&#xa0;; la clé privée va dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Découvrir la démonstration</translation>
    </message>
    <message>
        <source>A local demo server with made-up organizations and keys: nothing leaves this computer.</source>
        <translation>Un serveur de démonstration local avec des organisations et des clés fictives&#xa0;: rien ne quitte cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The cache of profile %1 does not hold organization %2.</source>
        <translation>Le cache du profil %1 ne contient pas l&apos;organisation %2.</translation>
    </message>
    <message>
        <source>The organization ID.</source>
        <translation>L&apos;ID de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Only look in this profile&apos;s cache.</source>
        <translation>Chercher uniquement dans le cache de ce profil.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>The address to check.</source>
        <translation>L&apos;adresse à vérifier.</translation>
    </message>
    <message>
        <source>The cached snapshot of %1 cannot be read: %2</source>
        <translation>L&apos;instantané en cache de %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Which API keys may call from ADDRESS.</source>
        <translation>Quelles clés d&apos;API peuvent appeler depuis ADDRESS.</translation>
    </message>
    <message>
        <source>Give exactly one address.</source>
        <translation>Indiquez exactement une adresse.</translation>
    </message>
    <message>
        <source>Give one address, not a block.</source>
        <translation>Indiquez une adresse, pas un bloc.</translation>
    </message>
    <message>
        <source>%1 in %2 (cached %3):</source>
        <translation>%1 dans %2 (en cache le %3)&#xa0;:</translation>
    </message>
    <message>
        <source>A key unused this long is stale (90).</source>
        <translation>Une clé inutilisée depuis si longtemps est périmée (90).</translation>
    </message>
    <message>
        <source>Exit 1 when a finding is at least this severe: info, low, medium, high.</source>
        <translation>Sortir avec 1 si un constat est au moins de cette gravité&#xa0;: info, low, medium, high.</translation>
    </message>
    <message>
        <source>The key-hygiene report of an organization.</source>
        <translation>Le rapport d&apos;hygiène des clés d&apos;une organisation.</translation>
    </message>
    <message>
        <source>--stale-days needs a whole number of days.</source>
        <translation>--stale-days attend un nombre entier de jours.</translation>
    </message>
    <message>
        <source>--fail-on takes info, low, medium or high.</source>
        <translation>--fail-on accepte info, low, medium ou high.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>The older snapshot (default: the one before --to).</source>
        <translation>L&apos;instantané le plus ancien (par défaut&#xa0;: celui qui précède --to).</translation>
    </message>
    <message>
        <source>The newer snapshot (default: the latest).</source>
        <translation>L&apos;instantané le plus récent (par défaut&#xa0;: le dernier).</translation>
    </message>
    <message>
        <source>Changes in %1 from snapshot %2 to %3:</source>
        <translation>Modifications dans %1 de l&apos;instantané %2 à %3&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>    %n request(s) counted</source>
        <translation>
            <numerusform>    %n requête comptée</numerusform>
            <numerusform>    %n requêtes comptées</numerusform>
        </translation>
    </message>
    <message>
        <source>  No change to keys, roles, whitelists or the setting.</source>
        <translation>  Aucune modification des clés, des rôles, des listes blanches ni du paramètre.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>csv, json, md, html or pdf.</source>
        <translation>csv, json, md, html ou pdf.</translation>
    </message>
    <message>
        <source>A stored snapshot instead of the latest.</source>
        <translation>Un instantané enregistré au lieu du dernier.</translation>
    </message>
    <message>
        <source>Export an organization from the cache.</source>
        <translation>Exporter une organisation depuis le cache.</translation>
    </message>
    <message>
        <source>API access report: %1</source>
        <translation>Rapport d&apos;accès à l&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Commande inconnue %1.</translation>
    </message>
    <message>
        <source>A remembered connection.</source>
        <translation>Une connexion enregistrée.</translation>
    </message>
    <message>
        <source>The server as typed in a browser.</source>
        <translation>Le serveur tel que saisi dans un navigateur.</translation>
    </message>
    <message>
        <source>The API key&apos;s public key.</source>
        <translation>La clé publique de la clé d&apos;API.</translation>
    </message>
    <message>
        <source>A file holding the private key.</source>
        <translation>Un fichier contenant la clé privée.</translation>
    </message>
    <message>
        <source>Only this organization.</source>
        <translation>Seulement cette organisation.</translation>
    </message>
    <message>
        <source>Every organization the key sees (default).</source>
        <translation>Toutes les organisations que voit la clé (par défaut).</translation>
    </message>
    <message>
        <source>Store the private key in the system keyring for this profile, so later runs need neither file nor variable.</source>
        <translation>Enregistrer la clé privée dans le trousseau du système pour ce profil, afin que les exécutions suivantes n&apos;aient besoin ni de fichier ni de variable.</translation>
    </message>
    <message>
        <source>The keyring holds no private key for %1.</source>
        <translation>Le trousseau ne contient pas de clé privée pour %1.</translation>
    </message>
    <message>
        <source>Use --private-key-file FILE or APIACCESS_PRIVATE_KEY (and --remember-key to store it).</source>
        <translation>Utilisez --private-key-file FILE ou APIACCESS_PRIVATE_KEY (et --remember-key pour l&apos;enregistrer).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  Require IP Whitelist for Public API: %1 → %2.</source>
        <translation>  « Require IP Whitelist for Public API » : %1 → %2.</translation>
    </message>
    <message>
        <source>%1 is cached by several profiles; choose one with --profile: %2</source>
        <translation>%1 est en cache dans plusieurs profils ; choisissez-en un avec --profile : %2</translation>
    </message>
    <message>
        <source>No cache holds organization %1; sync it first (apiaccess orgs lists what is cached).</source>
        <translation>Aucun cache ne contient l’organisation %1 ; synchronisez-la d’abord (apiaccess orgs liste ce qui est en cache).</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1 : argument inattendu « %2 »</translation>
    </message>
    <message>
        <source>What changed between two snapshots (apiaccess snapshots lists them).</source>
        <translation>Ce qui a changé entre deux instantanés (apiaccess snapshots les liste).</translation>
    </message>
    <message numerus="yes">
        <source>No such snapshot of %1 (%n snapshot(s) kept: apiaccess snapshots --org %1 lists them).</source>
        <translation>
            <numerusform>Aucun instantané de ce numéro pour %1 (%n instantané conservé : apiaccess snapshots --org %1 le liste).</numerusform>
            <numerusform>Aucun instantané de ce numéro pour %1 (%n instantanés conservés : apiaccess snapshots --org %1 les liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d’écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>export: give --format csv|json|md|html|pdf and --out FILE.</source>
        <translation>export : indiquez --format csv|json|md|html|pdf et --out FILE.</translation>
    </message>
    <message>
        <source>No snapshot %1 of %2 (apiaccess snapshots --org %2 lists them).</source>
        <translation>Pas d’instantané %1 pour %2 (apiaccess snapshots --org %2 les liste).</translation>
    </message>
    <message>
        <source>The saved connections: server, public key and the last sync. Private keys are never shown.</source>
        <translation>Les connexions enregistrées : serveur, clé publique et dernière synchronisation. Les clés privées ne sont jamais affichées.</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>No saved connections.</source>
        <translation>Aucune connexion enregistrée.</translation>
    </message>
    <message>
        <source>Only this profile&apos;s cache.</source>
        <translation>Seulement le cache de ce profil.</translation>
    </message>
    <message>
        <source>The cached organizations: per profile, the last sync and how many snapshots are kept.</source>
        <translation>Les organisations en cache : par profil, la dernière synchronisation et le nombre d’instantanés conservés.</translation>
    </message>
    <message>
        <source>Profile %1 has no cache yet.</source>
        <translation>Le profil %1 n’a pas encore de cache.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n instantané</numerusform>
            <numerusform>%n instantanés</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored snapshots of an organization, oldest first, with what changed since the one before: the IDs diff --from/--to and export --snapshot take.</source>
        <translation>Les instantanés conservés d’une organisation, du plus ancien au plus récent, avec ce qui a changé depuis le précédent : les ID que prennent diff --from/--to et export --snapshot.</translation>
    </message>
    <message>
        <source>setting %1 → %2</source>
        <translation>paramètre %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation>
            <numerusform>%n clé ajoutée</numerusform>
            <numerusform>%n clés ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) removed</source>
        <translation>
            <numerusform>%n clé retirée</numerusform>
            <numerusform>%n clés retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) changed</source>
        <translation>
            <numerusform>%n clé modifiée</numerusform>
            <numerusform>%n clés modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>first kept</source>
        <translation>premier conservé</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>findings at or above --fail-on</source>
        <translation>constats au niveau de --fail-on ou au-delà</translation>
    </message>
    <message>
        <source>the command line is wrong; nothing was done</source>
        <translation>la ligne de commande est erronée ; rien n’a été fait</translation>
    </message>
    <message>
        <source>the server refused the key or the address it calls from</source>
        <translation>le serveur a refusé la clé ou l’adresse d’appel</translation>
    </message>
    <message>
        <source>the server could not be reached (network, TLS, timeout)</source>
        <translation>le serveur est injoignable (réseau, TLS, délai dépassé)</translation>
    </message>
    <message>
        <source>the cache cannot be opened or read</source>
        <translation>le cache ne peut être ouvert ni lu</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>la sortie n’a pas pu être écrite</translation>
    </message>
    <message>
        <source>the organization or snapshot is not there, or this key cannot see it</source>
        <translation>l’organisation ou l’instantané n’existe pas, ou cette clé ne peut pas le voir</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a private certificate authority.</source>
        <translation>Certificats d’AC supplémentaires (PEM) pour une autorité de certification privée.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint (hex, as a refusal prints it).</source>
        <translation>Faire confiance au certificat du serveur ayant cette empreinte SHA-256 (hexadécimale, telle qu’un refus l’affiche).</translation>
    </message>
    <message>
        <source>sync: unexpected argument &apos;%1&apos;</source>
        <translation>sync : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>No profile named %1 (apiaccess profiles lists them).</source>
        <translation>Aucun profil nommé %1 (apiaccess profiles les liste).</translation>
    </message>
    <message>
        <source>(No scheme was given, so https was tried; for a plain-http server write http://%1.)</source>
        <translation>(Aucun schéma indiqué, https a donc été essayé ; pour un serveur en http simple, écrivez http://%1.)</translation>
    </message>
    <message>
        <source>Only the names, one per line (for completion: the keyring is not asked).</source>
        <translation>Seulement les noms, un par ligne (pour la complétion : le trousseau n’est pas interrogé).</translation>
    </message>
    <message>
        <source>keyring: %1</source>
        <translation>trousseau : %1</translation>
    </message>
    <message>
        <source>Only the organization IDs, one per line (for completion).</source>
        <translation>Seulement les ID d’organisation, un par ligne (pour la complétion).</translation>
    </message>
    <message>
        <source>Usage: apiaccess completion bash|zsh|fish
Prints the shell&apos;s completion script for apiaccess: subcommands, options, profile names and cached organization IDs.
  bash: source &lt;(apiaccess completion bash)
  zsh:  source &lt;(apiaccess completion zsh)
  fish: apiaccess completion fish | source
cmake --install puts them where the shells look by themselves.</source>
        <translation>Usage : apiaccess completion bash|zsh|fish
Affiche le script de complétion du shell pour apiaccess : commandes, options, noms de profils et ID des organisations en cache.
  bash: source &lt;(apiaccess completion bash)
  zsh:  source &lt;(apiaccess completion zsh)
  fish: apiaccess completion fish | source
cmake --install les installe là où les shells les cherchent d’eux-mêmes.</translation>
    </message>
    <message>
        <source>completion: give bash, zsh or fish.</source>
        <translation>completion : indiquez bash, zsh ou fish.</translation>
    </message>
    <message>
        <source>completion: the script is missing from this build.</source>
        <translation>completion : le script manque dans cette compilation.</translation>
    </message>
    <message>
        <source>(sync --ca-bundle FILE trusts your certificate authority; --pin-sha256 %1 trusts this certificate.)</source>
        <translation>(sync --ca-bundle FILE fait confiance à votre autorité de certification ; --pin-sha256 %1 fait confiance à ce certificat.)</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a private certificate authority (&quot;&quot; removes them).</source>
        <translation>Certificats d’AC supplémentaires (PEM) pour une autorité de certification privée (&quot;&quot; les retire).</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint (&quot;&quot; trusts none).</source>
        <translation>Faire confiance au certificat du serveur ayant cette empreinte SHA-256 (&quot;&quot; n’en approuve aucun).</translation>
    </message>
    <message>
        <source>Saves a connection. Its private key goes to the keyring with sync --remember-key, never on the command line.</source>
        <translation>Enregistre une connexion. Sa clé privée va dans le trousseau avec sync --remember-key, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Changes the certificate trust of a saved connection.</source>
        <translation>Modifie la confiance de certificat d’une connexion enregistrée.</translation>
    </message>
    <message>
        <source>The connection&apos;s name.</source>
        <translation>Le nom de la connexion.</translation>
    </message>
    <message>
        <source>%1: give the connection&apos;s name.</source>
        <translation>%1 : indiquez le nom de la connexion.</translation>
    </message>
    <message>
        <source>%1: a connection named %2 exists already (profiles edit changes it).</source>
        <translation>%1 : une connexion nommée %2 existe déjà (profiles edit la modifie).</translation>
    </message>
    <message>
        <source>%1: --pin-sha256 takes the 64 hex digits of a SHA-256 fingerprint.</source>
        <translation>%1 : --pin-sha256 attend les 64 chiffres hexadécimaux d’une empreinte SHA-256.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a private key file holds one key of 36 characters.</source>
        <translation>%1 fait %2 octets ; un fichier de clé privée contient une clé de 36 caractères.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Only events at or after DATE (2026-03-12, or 2026-03-12T14:02Z).</source>
        <translation>Seulement les événements à partir de DATE (2026-03-12 ou 2026-03-12T14:02Z).</translation>
    </message>
    <message>
        <source>Only event types that start with PREFIX (API_KEY_, ORG_PUBLIC_API_, …); may be given more than once.</source>
        <translation>Seulement les types d’événement commençant par PREFIX (API_KEY_, ORG_PUBLIC_API_, …) ; peut être répété.</translation>
    </message>
    <message>
        <source>Who changed which API key or setting, from where and when: the organization&apos;s events feed as the last sync read it, newest first.</source>
        <translation>Qui a modifié quelle clé d’API ou quel paramètre, d’où et quand : les événements de l’organisation tels que la dernière synchronisation les a lus, les plus récents d’abord.</translation>
    </message>
    <message>
        <source>events: --since takes a date such as 2026-03-12 or 2026-03-12T14:02Z, not &apos;%1&apos;.</source>
        <translation>events : --since attend une date comme 2026-03-12 ou 2026-03-12T14:02Z, pas « %1 ».</translation>
    </message>
    <message>
        <source>events: --type takes the start of an event type name, letters and underscores (API_KEY_), not &apos;%1&apos;.</source>
        <translation>events : --type attend le début d’un nom de type d’événement, lettres et tirets bas (API_KEY_), pas « %1 ».</translation>
    </message>
    <message>
        <source>No events of %1 are cached: the last sync could not read the organization&apos;s events feed%2. Reading it needs the Organization Member role; sync again once the key has it.</source>
        <translation>Aucun événement de %1 en cache : la dernière synchronisation n’a pas pu lire les événements de l’organisation%2. Il faut le rôle Organization Member ; synchronisez à nouveau quand la clé l’a.</translation>
    </message>
    <message>
        <source>The last sync could not read the feed (%1): these are the events read up to %2.</source>
        <translation>La dernière synchronisation n’a pas pu lire les événements (%1) : voici ceux lus jusqu’au %2.</translation>
    </message>
    <message>
        <source>Read every key&apos;s whitelist. Without it, a sync after an earlier one reads the key list and the events, and only the whitelists of keys the events name (usage counters of the others keep their last read).</source>
        <translation>Lire la liste blanche de chaque clé. Sans cette option, une synchronisation ultérieure lit la liste des clés et les événements, et seulement les listes blanches des clés nommées par les événements (les compteurs d’utilisation des autres restent ceux de la dernière lecture).</translation>
    </message>
    <message>
        <source>%1; unchanged until %2</source>
        <translation>%1 ; inchangé jusqu’au %2</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1 (compte de service)</translation>
    </message>
    <message>
        <source>service account %1 (%2)</source>
        <translation>compte de service %1 (%2)</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output (csv: the keys; the entries go to NAME-entries.csv, the report&apos;s findings to NAME-findings.csv and the service accounts to NAME-serviceaccounts.csv, or follow on standard output, each after a blank line).</source>
        <translation>Le fichier à écrire, ou - pour la sortie standard (csv : les clés ; les entrées vont dans NAME-entries.csv, les constats du rapport dans NAME-findings.csv et les comptes de service dans NAME-serviceaccounts.csv, ou suivent sur la sortie standard, chacun après une ligne vide).</translation>
    </message>
    <message>
        <source>Report service-account secrets expiring within N days (14).</source>
        <translation>Signaler les secrets de compte de service expirant sous N jours (14).</translation>
    </message>
    <message>
        <source>--secret-days needs a whole number of days from 1 to 365.</source>
        <translation>--secret-days attend un nombre entier de jours de 1 à 365.</translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) added, removed or changed</source>
        <translation>
            <numerusform>%n compte de service ajouté, supprimé ou modifié</numerusform>
            <numerusform>%n comptes de service ajoutés, supprimés ou modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as this service account (mdb_sa_id_…) instead of a key.</source>
        <translation>Se connecter avec ce compte de service (mdb_sa_id_…) au lieu d’une clé.</translation>
    </message>
    <message>
        <source>%1: give --public-key or --client-id, not both.</source>
        <translation>%1 : donnez --public-key ou --client-id, pas les deux.</translation>
    </message>
    <message>
        <source>Sync organizations into the offline cache. The private key is read from --private-key-file or APIACCESS_PRIVATE_KEY (a service account&apos;s secret from --client-secret-file or APIACCESS_CLIENT_SECRET), never from the command line. Quiet unless something is wrong.</source>
        <translation>Synchronise les organisations dans le cache hors ligne. La clé privée est lue dans --private-key-file ou APIACCESS_PRIVATE_KEY (le secret d’un compte de service dans --client-secret-file ou APIACCESS_CLIENT_SECRET), jamais sur la ligne de commande. Silencieux sauf en cas de problème.</translation>
    </message>
    <message>
        <source>A file holding the service account&apos;s secret.</source>
        <translation>Un fichier contenant le secret du compte de service.</translation>
    </message>
    <message>
        <source>Give --profile NAME, or --url BASE and --public-key KEY (or --client-id ID).</source>
        <translation>Donnez --profile NOM, ou --url BASE et --public-key CLÉ (ou --client-id ID).</translation>
    </message>
    <message>
        <source>The keyring holds no client secret for %1.</source>
        <translation>Le trousseau ne contient aucun secret client pour %1.</translation>
    </message>
    <message>
        <source>Use --client-secret-file FILE or APIACCESS_CLIENT_SECRET (and --remember-key to store it).</source>
        <translation>Utilisez --client-secret-file FICHIER ou APIACCESS_CLIENT_SECRET (et --remember-key pour le conserver).</translation>
    </message>
    <message>
        <source>Ops Manager&apos;s instance (its global API keys and global access list) instead of an organization.</source>
        <translation>L’instance Ops Manager (ses clés d’API globales et sa liste d’accès globale) au lieu d’une organisation.</translation>
    </message>
    <message>
        <source>%1: --org and --instance exclude each other.</source>
        <translation>%1 : --org et --instance s’excluent.</translation>
    </message>
    <message>
        <source>%1: --org ID (or --instance) is required.</source>
        <translation>%1 : --org ID (ou --instance) est requis.</translation>
    </message>
    <message>
        <source>Only Ops Manager&apos;s instance: its global API keys and global access list (needs a global role).</source>
        <translation>Seulement l’instance Ops Manager : ses clés d’API globales et sa liste d’accès globale (demande un rôle global).</translation>
    </message>
    <message>
        <source>sync --instance: %1 is not Ops Manager; only Ops Manager has global API keys and a global access list.</source>
        <translation>sync --instance : %1 n’est pas Ops Manager ; seul Ops Manager a des clés d’API globales et une liste d’accès globale.</translation>
    </message>
    <message>
        <source>global access list entry %1</source>
        <translation>entrée de la liste d’accès globale %1</translation>
    </message>
    <message>
        <source>The API to speak: public-v1 (Ops Manager, Cloud Manager; the default) or atlas (the Atlas Administration API v2).</source>
        <translation>L’API à parler : public-v1 (Ops Manager, Cloud Manager ; par défaut) ou atlas (l’Atlas Administration API v2).</translation>
    </message>
    <message>
        <source>%1: --api takes public-v1 or atlas, not %2.</source>
        <translation>%1 : --api prend public-v1 ou atlas, pas %2.</translation>
    </message>
    <message>
        <source>%1 answers the Atlas Administration API v2, not the Public API v1.0: sync again with --api atlas.</source>
        <translation>%1 répond à l’Atlas Administration API v2, pas à la Public API v1.0 : synchronisez à nouveau avec --api atlas.</translation>
    </message>
    <message>
        <source>%1 answers the Public API v1.0 (Ops Manager or Cloud Manager), not the Atlas Administration API v2: sync again with --api public-v1.</source>
        <translation>%1 répond à la Public API v1.0 (Ops Manager ou Cloud Manager), pas à l’Atlas Administration API v2 : synchronisez à nouveau avec --api public-v1.</translation>
    </message>
    <message>
        <source>%1: %2 signs in as a service account: --public-key does not apply.</source>
        <translation>%1 : %2 se connecte en tant que compte de service : --public-key ne s’applique pas.</translation>
    </message>
    <message>
        <source>%1: %2 signs in as a service account: give --client-secret-file, not --private-key-file.</source>
        <translation>%1 : %2 se connecte comme compte de service : donnez --client-secret-file, pas --private-key-file.</translation>
    </message>
    <message>
        <source>%1: --client-secret-file is for a service account (--client-id).</source>
        <translation>%1 : --client-secret-file est destiné à un compte de service (--client-id).</translation>
    </message>
    <message>
        <source>rotate key: %1 exists; give the name of a new file (nothing is overwritten).</source>
        <translation>rotate key : %1 existe ; donnez le nom d’un nouveau fichier (rien n’est écrasé).</translation>
    </message>
    <message>
        <source>rotate key: cannot create %1: %2</source>
        <translation>rotate key : impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Only this connection&apos;s cache.</source>
        <translation>Seulement le cache de cette connexion.</translation>
    </message>
    <message>
        <source>The key rotations in progress, from the caches (nothing is sent): each one&apos;s step, its new key, and when the old key was last used.</source>
        <translation>Les rotations de clés en cours, d’après les caches (rien n’est envoyé) : l’étape de chacune, sa nouvelle clé et la dernière utilisation de l’ancienne.</translation>
    </message>
    <message>
        <source>No key rotation is in progress.</source>
        <translation>Aucune rotation de clé n’est en cours.</translation>
    </message>
    <message>
        <source>never used (as last synced)</source>
        <translation>jamais utilisée (selon la dernière synchronisation)</translation>
    </message>
    <message>
        <source>last used %1, after the new key was made</source>
        <translation>utilisée pour la dernière fois %1, après la création de la nouvelle clé</translation>
    </message>
    <message>
        <source>last used %1, not since the new key was made</source>
        <translation>utilisée pour la dernière fois %1, pas depuis la création de la nouvelle clé</translation>
    </message>
    <message>
        <source>%1  %2 → %3  %4  old key %5%6</source>
        <translation>%1  %2 → %3  %4  ancienne clé %5%6</translation>
    </message>
    <message>
        <source>Usage: apiaccess rotate key|status|finish|cancel …
  rotate key --org ID --key KEY --private-key-out FILE|-   create the new key, copy and check (again: resume)
  rotate status [--json]                                   the rotations in progress
  rotate finish --org ID --key KEY                          delete the old key
  rotate cancel --org ID --key KEY                          delete the new key
Each takes the connection options of sync (rotate key --help lists them).</source>
        <translation>Usage : apiaccess rotate key|status|finish|cancel …
  rotate key --org ID --key KEY --private-key-out FILE|-   créer la nouvelle clé, copier et vérifier (à nouveau : reprendre)
  rotate status [--json]                                   les rotations en cours
  rotate finish --org ID --key KEY                          supprimer l’ancienne clé
  rotate cancel --org ID --key KEY                          supprimer la nouvelle clé
Chacune prend les options de connexion de sync (rotate key --help les liste).</translation>
    </message>
    <message>
        <source>rotate: expected key, status, finish or cancel.</source>
        <translation>rotate : key, status, finish ou cancel attendu.</translation>
    </message>
    <message>
        <source>rotate: unknown action &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>rotate : action inconnue &apos;%1&apos; — vouliez-vous dire &apos;%2&apos; ?</translation>
    </message>
    <message>
        <source>Rotate an API key without an outage: create a new key with the old key&apos;s organization roles, projects and access-list entries, read it back and check it. Its private key is written once, to --private-key-out (0600; - for standard output). Run again to resume a rotation that stopped; then switch the clients and run rotate finish.</source>
        <translation>Faire la rotation d’une clé d’API sans interruption : créer une nouvelle clé avec les rôles d’organisation, projets et entrées de liste d’accès de l’ancienne, la relire et la vérifier. Sa clé privée est écrite une fois, dans --private-key-out (0600 ; - pour la sortie standard). Relancer reprend une rotation arrêtée ; puis basculez les clients et lancez rotate finish.</translation>
    </message>
    <message>
        <source>Finish a rotation: delete the old key (refused while this connection signs in with it).</source>
        <translation>Terminer une rotation : supprimer l’ancienne clé (refusé tant que cette connexion l’utilise pour se connecter).</translation>
    </message>
    <message>
        <source>Cancel a rotation: delete the new key; the old key stays as it was.</source>
        <translation>Annuler une rotation : supprimer la nouvelle clé ; l’ancienne reste telle quelle.</translation>
    </message>
    <message>
        <source>The organization.</source>
        <translation>L’organisation.</translation>
    </message>
    <message>
        <source>The old key: its public key or key ID.</source>
        <translation>L’ancienne clé : sa clé publique ou son ID.</translation>
    </message>
    <message>
        <source>Where the new private key goes: a new file (0600), or - for standard output.</source>
        <translation>Où va la nouvelle clé privée : un nouveau fichier (0600), ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>The new key&apos;s description (default: the old one&apos;s with &quot;(rotated YYYY-MM)&quot;).</source>
        <translation>La description de la nouvelle clé (par défaut : celle de l’ancienne avec &quot;(rotated YYYY-MM)&quot;).</translation>
    </message>
    <message>
        <source>Leave this project out (repeatable).</source>
        <translation>Laisser ce projet de côté (répétable).</translation>
    </message>
    <message>
        <source>Leave this access-list entry out (repeatable).</source>
        <translation>Laisser cette entrée de liste d’accès de côté (répétable).</translation>
    </message>
    <message>
        <source>%1: give --org ID and --key KEY.</source>
        <translation>%1 : donnez --org ID et --key KEY.</translation>
    </message>
    <message>
        <source>rotate key: give --private-key-out FILE (or - for standard output): the new private key is shown only once.</source>
        <translation>rotate key : donnez --private-key-out FILE (ou - pour la sortie standard) : la nouvelle clé privée n’est montrée qu’une fois.</translation>
    </message>
    <message>
        <source>%1: no key %2 in organization %3.</source>
        <translation>%1 : aucune clé %2 dans l’organisation %3.</translation>
    </message>
    <message>
        <source>%1: organization %2 is not in this connection&apos;s cache: sync it first.</source>
        <translation>%1 : l’organisation %2 n’est pas dans le cache de cette connexion : synchronisez-la d’abord.</translation>
    </message>
    <message>
        <source>rotate key: the new private key could not be written to %1. The key %2 exists: run rotate cancel to delete it, then start again.</source>
        <translation>rotate key : la nouvelle clé privée n’a pas pu être écrite dans %1. La clé %2 existe : lancez rotate cancel pour la supprimer, puis recommencez.</translation>
    </message>
    <message>
        <source>New key %1 (%2) is ready: it has the old key&apos;s roles, projects and entries. Switch the clients to it, then run: apiaccess rotate finish --org %3 --key %4</source>
        <translation>La nouvelle clé %1 (%2) est prête : elle a les rôles, projets et entrées de l’ancienne. Basculez les clients, puis lancez : apiaccess rotate finish --org %3 --key %4</translation>
    </message>
    <message>
        <source>Deleted the old key %1; the rotation is finished.</source>
        <translation>Ancienne clé %1 supprimée ; la rotation est terminée.</translation>
    </message>
    <message>
        <source>The connection %1 now signs in with %2.</source>
        <translation>La connexion %1 se connecte désormais avec %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulée : %1</translation>
    </message>
    <message>
        <source>no new key was made.</source>
        <translation>aucune nouvelle clé n’a été créée.</translation>
    </message>
    <message>
        <source>the new key %1 was deleted.</source>
        <translation>la nouvelle clé %1 a été supprimée.</translation>
    </message>
    <message>
        <source>A key older than N days (by its creation event) is due for rotation (90).</source>
        <translation>Une clé de plus de N jours (selon son événement de création) est à faire tourner (90).</translation>
    </message>
    <message>
        <source>--rotation-days needs a whole number of days from 1 to 3650.</source>
        <translation>--rotation-days attend un nombre entier de jours de 1 à 3650.</translation>
    </message>
    <message>
        <source>Where the history is kept: sqlite:PATH, or a team&apos;s PostgreSQL store postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem] (its password from the keyring, PGPASSWORD or ~/.pgpass, never in the address). With --profile, kept in the profile once the command succeeded.</source>
        <translation>Où l’historique est conservé : sqlite:PATH, ou le stockage PostgreSQL d’une équipe postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem] (son mot de passe depuis le trousseau, PGPASSWORD ou ~/.pgpass, jamais dans l’adresse). Avec --profile, gardé dans le profil une fois la commande réussie.</translation>
    </message>
    <message>
        <source>The store %1 does not hold organization %2.</source>
        <translation>Le stockage %1 ne contient pas l’organisation %2.</translation>
    </message>
    <message>
        <source>Read this history store instead of the profiles&apos; caches: sqlite:PATH or postgresql://USER@HOST[:PORT]/DATABASE (password from the keyring, PGPASSWORD or ~/.pgpass).</source>
        <translation>Lire ce stockage d’historique au lieu des caches des profils : sqlite:PATH ou postgresql://USER@HOST[:PORT]/DATABASE (mot de passe depuis le trousseau, PGPASSWORD ou ~/.pgpass).</translation>
    </message>
    <message>
        <source>The store to copy from.</source>
        <translation>Le stockage source de la copie.</translation>
    </message>
    <message>
        <source>The store to copy into.</source>
        <translation>Le stockage de destination de la copie.</translation>
    </message>
    <message>
        <source>Only this organization (repeatable).</source>
        <translation>Seulement cette organisation (répétable).</translation>
    </message>
    <message>
        <source>Copies a store&apos;s history, notes and rotations into another: sqlite:PATH to postgresql://… and back. Run twice, nothing is copied twice.</source>
        <translation>Copie l’historique, les notes et les rotations d’un stockage dans un autre : sqlite:PATH vers postgresql://… et retour. Lancée deux fois, rien n’est copié deux fois.</translation>
    </message>
    <message>
        <source>store copy: --from LOCATION and --to LOCATION are required.</source>
        <translation>store copy : --from LOCATION et --to LOCATION sont requis.</translation>
    </message>
    <message>
        <source>store copy: --from and --to are the same store.</source>
        <translation>store copy : --from et --to désignent le même stockage.</translation>
    </message>
    <message>
        <source>store copy: there is no file %1.</source>
        <translation>store copy : le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 organizations: %2 snapshots copied, %3 already there; %4 notes copied, %5 kept (the same or newer there); %6 rotations copied.</source>
        <translation>%1 organisations : %2 instantanés copiés, %3 déjà présents ; %4 notes copiées, %5 conservées (identiques ou plus récentes là-bas) ; %6 rotations copiées.</translation>
    </message>
    <message>
        <source>The store.</source>
        <translation>Le stockage.</translation>
    </message>
    <message>
        <source>Opens a store (creating or updating its schema) and says what it holds.</source>
        <translation>Ouvre un stockage (en créant ou mettant à jour son schéma) et indique ce qu’il contient.</translation>
    </message>
    <message>
        <source>store info: --store LOCATION is required.</source>
        <translation>store info : --store LOCATION est requis.</translation>
    </message>
    <message>
        <source>%1 (%2, schema %3)</source>
        <translation>%1 (%2, schéma %3)</translation>
    </message>
    <message>
        <source>%1  %2  last sync %3 by %4</source>
        <translation>%1  %2  dernière synchronisation %3 par %4</translation>
    </message>
    <message>
        <source>The PostgreSQL store.</source>
        <translation>Le stockage PostgreSQL.</translation>
    </message>
    <message>
        <source>Keeps a PostgreSQL store&apos;s password in the system keyring: read from APIACCESS_STORE_PASSWORD or one line of standard input, never from an argument. It is tried before it is kept.</source>
        <translation>Garde le mot de passe d’un stockage PostgreSQL dans le trousseau du système : lu depuis APIACCESS_STORE_PASSWORD ou une ligne de l’entrée standard, jamais depuis un argument. Il est essayé avant d’être gardé.</translation>
    </message>
    <message>
        <source>store login: --store postgresql://USER@HOST/DATABASE is required.</source>
        <translation>store login : --store postgresql://USER@HOST/DATABASE est requis.</translation>
    </message>
    <message>
        <source>store login: no password (APIACCESS_STORE_PASSWORD or standard input).</source>
        <translation>store login : aucun mot de passe (APIACCESS_STORE_PASSWORD ou entrée standard).</translation>
    </message>
    <message>
        <source>The password of %1 is in the system keyring.</source>
        <translation>Le mot de passe de %1 est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>store: give copy, info or login (apiaccess store copy --help).</source>
        <translation>store : indiquez copy, info ou login (apiaccess store copy --help).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start with the built-in demo server (the default while no connection profile exists).</source>
        <translation>Démarrer avec le serveur de démonstration intégré (par défaut tant qu&apos;aucun profil de connexion n&apos;existe).</translation>
    </message>
    <message>
        <source>Open the saved connection NAME.</source>
        <translation>Ouvrir la connexion enregistrée NAME.</translation>
    </message>
    <message>
        <source>The language: en, de, fr, es, ja or zh_CN (default: the one chosen in View → Language, else the system&apos;s).</source>
        <translation>La langue&#xa0;: en, de, fr, es, ja ou zh_CN (par défaut&#xa0;: celle choisie dans Affichage → Langue, sinon celle du système).</translation>
    </message>
    <message>
        <source>system, light or dark (default: View → Theme).</source>
        <translation>system, light ou dark (par défaut&#xa0;: Affichage → Thème).</translation>
    </message>
    <message>
        <source>Show the cached data only: nothing is sent to any server.</source>
        <translation>Afficher uniquement les données en cache&#xa0;: rien n&apos;est envoyé à aucun serveur.</translation>
    </message>
    <message>
        <source>API Access Console</source>
        <translation>API Access Console</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <source>(apiaccess --help lists the commands)</source>
        <translation>(apiaccess --help liste les commandes)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (apiaccess --help lists the commands; a command comes first)</source>
        <translation>argument inattendu « %1 » (apiaccess --help liste les commandes ; une commande vient en premier)</translation>
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
        <translation>API Access Console&#xa0;: les clés d&apos;API programmatiques, leurs listes blanches IP et le paramètre d&apos;organisation «&#xa0;Require IP Whitelist for Public API&#xa0;» de MongoDB Ops Manager et Cloud Manager.

Commandes sans interface (chacune a --help ; aucune n’a besoin d’écran)&#xa0;:
  sync (--profile NAME | --url BASE --public-key KEY) [--org ID | --all-orgs]
       la clé privée depuis --private-key-file FILE ou APIACCESS_PRIVATE_KEY
  rotate key --org ID --key KEY --private-key-out FILE|-   une nouvelle clé comme l’ancienne ; puis
  rotate finish|cancel --org ID --key KEY · rotate status [--json]
  store copy --from LOCATION --to LOCATION   historique et notes vers un stockage d’équipe (et retour)
  store info|login --store postgresql://USER@HOST/DB   ce qu’il contient · son mot de passe dans le trousseau
  profiles [--json]                 connexions enregistrées et leur dernière synchronisation
  orgs [--profile NAME] [--json]    organisations en cache
  snapshots --org ID [--json]       instantanés conservés et ce que chacun a changé
  check-ip ADDRESS --org ID [--json]
  report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]
  diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]
  export --org ID --format csv|json|md|html|pdf --out FILE|- [--snapshot ID]
  events --org ID [--json]          qui a modifié quoi, et d’où
  screenshots --out DIR [--lang L] [--theme light|dark] [--scale N]
  completion bash|zsh|fish          le script de complétion du shell
Codes de sortie&#xa0;: 0 succès, 1 constats au niveau de --fail-on ou au-delà, 2 usage, 3 refus d&apos;authentification ou de liste blanche, 4 réseau ou TLS, 5 problème de cache, 6 sortie non écrite, 7 organisation ou instantané introuvable.</translation>
    </message>
</context>
</TS>
