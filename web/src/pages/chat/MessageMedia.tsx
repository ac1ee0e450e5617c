import type { Message } from "@helios/contracts";
import { FileText, MapPin } from "lucide-react";

type Media = NonNullable<Message["media"]>[number];

function MediaItem({ media, caption }: { media: Media; caption: string }) {
  const type = media.contentType.toLowerCase();
  if (type.startsWith("image/")) {
    return (
      <a href={media.url} target="_blank" rel="noreferrer" className="block">
        <img
          src={media.url}
          alt={caption || "Image"}
          loading="lazy"
          className="max-h-72 max-w-full rounded-md bg-black/5 object-contain"
        />
      </a>
    );
  }
  if (type.startsWith("audio/")) {
    // WhatsApp voice notes and videos come without captions: the track is there but empty.
    return (
      <audio controls preload="none" src={media.url} className="w-64 max-w-full">
        <track kind="captions" />
      </audio>
    );
  }
  if (type.startsWith("video/")) {
    return (
      <video controls preload="metadata" src={media.url} className="max-h-72 max-w-full rounded-md">
        <track kind="captions" />
      </video>
    );
  }
  const kind = type.split("/")[1]?.split(/[;+]/)[0]?.toUpperCase() ?? "file";
  return (
    <a
      href={media.url}
      target="_blank"
      rel="noreferrer"
      className="flex items-center gap-2 rounded-md bg-black/5 px-3 py-2 text-sm font-medium underline-offset-2 hover:underline"
    >
      <FileText className="size-4 shrink-0" aria-hidden />
      Document ({kind})
    </a>
  );
}

/** A message's attachments and location, above its text. */
export function MessageMedia({ message }: { message: Message }) {
  const { media, location } = message;
  if (!media?.length && !location) return null;
  return (
    <div className="mb-1 space-y-1.5">
      {media?.map((item) => (
        <MediaItem key={item.url} media={item} caption={message.text} />
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
