import type { Message } from "@helios/contracts";
import { FileText, ImageOff, MapPin } from "lucide-react";
import { useEffect, useState } from "react";
import { errorMessage } from "../../api/api-error";
import { type MediaRef, useMedia } from "../../conversations/use-media";

type Media = NonNullable<Message["media"]>[number];

interface MediaItemProps {
  media: Media;
  caption: string;
  source: MediaRef;
}

function Unavailable({ error }: { error: unknown }) {
  return (
    <p className="flex items-center gap-2 rounded-md bg-black/5 px-3 py-2 text-xs" role="status">
      <ImageOff className="size-4 shrink-0" aria-hidden />
      {errorMessage(error)}
    </p>
  );
}

function Playable({ media, caption, source }: MediaItemProps) {
  const { url, error, isLoading } = useMedia(source);
  const type = media.contentType.toLowerCase();
  if (error) return <Unavailable error={error} />;
  if (isLoading || !url) {
    return (
      <div
        className="h-40 w-56 max-w-full animate-pulse rounded-md bg-black/10"
        aria-label="Loading attachment"
        role="status"
      />
    );
  }
  if (type.startsWith("image/")) {
    return (
      <a href={url} target="_blank" rel="noreferrer" className="block">
        <img
          src={url}
          alt={caption || "Image"}
          className="max-h-72 max-w-full rounded-md bg-black/5 object-contain"
        />
      </a>
    );
  }
  if (type.startsWith("audio/")) {
    // WhatsApp voice notes and videos come without captions: the track is there but empty.
    return (
      <audio controls preload="none" src={url} className="w-64 max-w-full">
        <track kind="captions" />
      </audio>
    );
  }
  return (
    <video controls preload="metadata" src={url} className="max-h-72 max-w-full rounded-md">
      <track kind="captions" />
    </video>
  );
}

/** Documents are fetched when asked for, then saved: never opened in Helios's own origin. */
function Document({ media, source }: Omit<MediaItemProps, "caption">) {
  const [wanted, setWanted] = useState(false);
  const { blob, error, isLoading } = useMedia(source, wanted);
  const kind = media.contentType.split("/")[1]?.split(/[;+]/)[0]?.toUpperCase() ?? "file";
  const name = `attachment-${source.messageId}-${source.index + 1}.${kind.toLowerCase()}`;
  useEffect(() => {
    if (!wanted || !blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.click();
    URL.revokeObjectURL(url);
    setWanted(false);
  }, [wanted, blob, name]);
  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={() => setWanted(true)}
        disabled={wanted && isLoading}
        className="flex items-center gap-2 rounded-md bg-black/5 px-3 py-2 text-sm font-medium hover:underline focus-visible:outline-2 focus-visible:outline-emerald-600 disabled:opacity-60"
      >
        <FileText className="size-4 shrink-0" aria-hidden />
        {wanted && isLoading ? "Downloading…" : `Download document (${kind})`}
      </button>
      {error !== null && <Unavailable error={error} />}
    </div>
  );
}

function MediaItem({ media, caption, source }: MediaItemProps) {
  const type = media.contentType.toLowerCase();
  if (/^(image|audio|video)\//.test(type)) {
    return <Playable media={media} caption={caption} source={source} />;
  }
  return <Document media={media} source={source} />;
}

/** A message's attachments and location, above its text. */
export function MessageMedia({ message }: { message: Message }) {
  const { media, location } = message;
  if (!media?.length && !location) return null;
  return (
    <div className="mb-1 space-y-1.5">
      {media?.map((item, index) => (
        <MediaItem
          key={item.url}
          media={item}
          caption={message.text}
          source={{ conversationId: message.conversationId, messageId: message.id, index }}
        />
      ))}
      {location && (
        <a
          href={`https://www.openstreetmap.org/?mlat=${location.latitude}&mlon=${location.longitude}#map=16/${location.latitude}/${location.longitude}`}
          target="_blank"
          rel="noreferrer"
          className="flex items-start gap-2 rounded-md bg-black/5 px-3 py-2 text-sm hover:underline"
        >
          <MapPin className="mt-0.5 size-4 shrink-0 text-red-600" aria-hidden />
          <span>
            <span className="block font-medium">{location.name ?? "Shared location"}</span>
            {location.address && <span className="block text-xs">{location.address}</span>}
            <span className="block text-xs opacity-75">Open in map</span>
          </span>
        </a>
      )}
    </div>
  );
}
