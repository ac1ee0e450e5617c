import { keys } from "../db/keys";
import { updateItem } from "../db/table";

/** The number's next round-robin turn (1, 2, …): one atomic counter per number. */
export async function nextTurn(numberId: string): Promise<number> {
  const { Attributes } = await updateItem({
    Key: keys.roundRobin(numberId),
    UpdateExpression: "SET #type = :type ADD turn :one",
    ExpressionAttributeNames: { "#type": "type" },
    ExpressionAttributeValues: { ":type": "roundRobin", ":one": 1 },
    ReturnValues: "UPDATED_NEW",
  });
  return Number(Attributes?.turn ?? 1);
}
